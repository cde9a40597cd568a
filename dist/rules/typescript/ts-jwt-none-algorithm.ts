import jwt, { type JwtPayload } from 'jsonwebtoken';

export function readClaims(token: string, key: string): JwtPayload {
  // ruleid: ts-jwt-none-algorithm
  return jwt.verify(token, key, { algorithms: ['HS256', 'none'] }) as JwtPayload;
}

export function issueDebugToken(userId: string): string {
  // ruleid: ts-jwt-none-algorithm
  return jwt.sign({ sub: userId }, '', { algorithm: 'none' });
}

export function readClaimsSafely(token: string, publicKey: string): JwtPayload {
  // ok: ts-jwt-none-algorithm
  return jwt.verify(token, publicKey, { algorithms: ['RS256'] }) as JwtPayload;
}

export function issueToken(userId: string, privateKey: string): string {
  // ok: ts-jwt-none-algorithm
  return jwt.sign({ sub: userId, note: 'none of your business' }, privateKey, { algorithm: 'RS256' });
}
