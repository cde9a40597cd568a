export const handler = ({ query, session }: Request, res: Response) => {
  const fromSession = session.file;
  // ok: taint-destructured-parameter
  readFile(fromSession);
  const fromQuery = query.file;
  // ruleid: taint-destructured-parameter
  readFile(fromQuery);
};
