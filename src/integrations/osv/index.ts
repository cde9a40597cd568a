export { fetchOsvDatabase, type OsvApiOptions } from './osv-api-client.js';
