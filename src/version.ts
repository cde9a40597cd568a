/** Kept equal to package.json's version by a test; bundled code cannot read package.json. */
export const TOOL_NAME = 'soc2-scan';
export const TOOL_VERSION = '0.1.0';
export const TOOL_URI = 'https://github.com/soc2-scan/soc2-scan';
