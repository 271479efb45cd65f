import { postApi } from './http-request';

export const OWNER = { name: '店主', password: 'owner-secret-1' };

/** The Cookie header a browser would send after the Set-Cookie of a sign-in response. */
export function cookieFrom(setCookie: string | string[] | undefined): Record<string, string> {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  if (!first) throw new Error('the response set no cookie');
  return { Cookie: first.split(';')[0]! };
}

/** 第一次使用 over HTTP from this PC: creates the owner and returns the signed-in cookie. */
export async function createOwnerSession(port: number, owner = OWNER): Promise<Record<string, string>> {
  const response = await postApi(port, 'auth.createOwner', owner);
  if (response.status !== 200) throw new Error(`auth.createOwner failed: ${response.body}`);
  return cookieFrom(response.headers['set-cookie']);
}

export async function signIn(port: number, account: { name: string; password: string }): Promise<Record<string, string>> {
  const response = await postApi(port, 'auth.login', account);
  if (response.status !== 200) throw new Error(`auth.login failed: ${response.body}`);
  return cookieFrom(response.headers['set-cookie']);
}
