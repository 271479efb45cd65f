import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import type { AuditEntryDto, CustomerPageDto, PageDto } from '../../src-main/contract';
import { createLanHost } from '../../src-main/http/lan-host';
import { startHttpServer, type HttpHost } from '../../src-main/http/server';
import { bytesSource } from '../../src-main/services/import/byte-source';
import { openTestBackend } from '../helpers/backend';
import { postApi, rawRequest } from '../helpers/http-request';
import { createOwnerSession, signIn } from '../helpers/http-session';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { FROZEN_NOW } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
let running: { host: HttpHost; backend: Backend } | null = null;

afterEach(async () => {
  if (!running) return;
  await running.host.close();
  running.backend.close();
  running = null;
});

const STAFF = { name: '小美', password: 'xiaomei-2026' };
const WHOLE_PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** A served book of real Taobao orders (whole phones), its owner signed in, a clock the test moves. */
async function start() {
  const dir = tempDir();
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  let now = FROZEN_NOW.getTime();
  const clock = {
    advance: (ms: number) => void (now += ms),
  };
  const lanHost = createLanHost(() => Promise.reject(new Error('not started')));
  const { backend } = await openTestBackend(dir, { now: () => new Date(now), lanHost });
  const fixture = join(TAOBAO_FIXTURES, '2022-gbk-pair');
  const files = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
  backend.importFiles(files.map((f) => bytesSource(f, readFileSync(join(fixture, f)))), { commit: true });
  const host = await startHttpServer({ backend, rendererDir: join(dir, 'renderer'), port: 0, lanAddresses: () => ['127.0.0.2'], lanPort: 0 });
  lanHost.attach(host);
  running = { host, backend };
  const owner = await createOwnerSession(host.port);
  return { host, backend, owner, clock };
}

async function createStaff(port: number, owner: Record<string, string>, canRevealPhones = false) {
  const created = await postApi(port, 'accounts.create', { ...STAFF, canRevealPhones }, owner);
  expect(created.status).toBe(200);
  return (created.json as { data: { id: number } }).data.id;
}

function dataOf<T>(response: { json: unknown }): T {
  const body = response.json as { ok: boolean; data: T; error?: { message: string } };
  if (!body.ok) throw new Error(`expected success, got ${JSON.stringify(body)}`);
  return body.data;
}

async function auditLines(port: number, owner: Record<string, string>): Promise<AuditEntryDto[]> {
  return dataOf<PageDto<AuditEntryDto>>(await postApi(port, 'audit.list', { pageSize: 200 }, owner)).items;
}

describe('signing in over HTTP', () => {
  it('answers every method but the sign-in ones with 401 UNAUTHENTICATED without a session', async () => {
    const { host } = await start();
    for (const method of ['customers.list', 'settings.get', 'app.info', 'backups.list']) {
      const response = await postApi(host.port, method, {});
      expect(response.status).toBe(401);
      expect(response.json).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('请先登录') } });
    }
    expect(dataOf(await postApi(host.port, 'auth.session', {}))).toEqual({ needsOwner: false, account: null, remote: false });
    expect((await rawRequest({ port: host.port, path: '/api/events' })).status).toBe(401);
  });

  it('keeps the session in an HttpOnly, SameSite=Strict cookie, and the book keeps only its hash', async () => {
    const { host, backend } = await start();
    const login = await postApi(host.port, 'auth.login', { name: '店主', password: 'owner-secret-1' });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^zhanggui_session_${host.port}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`));
    expect(login.body).not.toContain(cookie.split(';')[0]!.split('=')[1]);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const stored = await backend.dispatch('app.info', {});
    expect(stored.ok).toBe(true);
    const bookBytes = readFileSync(join(String((stored as { data: { databasePath: string } }).data.databasePath)));
    expect(bookBytes.includes(Buffer.from(token))).toBe(false);
  });

  it('signs a session out after 12 hours without use, and keeps it while it is used', async () => {
    const { host, owner, clock } = await start();
    clock.advance(11 * 3600_000);
    expect((await postApi(host.port, 'settings.get', {}, owner)).status).toBe(200);
    clock.advance(11 * 3600_000);
    expect((await postApi(host.port, 'settings.get', {}, owner)).status).toBe(200);
    clock.advance(12 * 3600_000 + 1000);
    const expired = await postApi(host.port, 'settings.get', {}, owner);
    expect(expired.status).toBe(401);
    expect(expired.json).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(dataOf<{ account: unknown }>(await postApi(host.port, 'auth.session', {}, owner)).account).toBeNull();
  });

  it('slows down a wrong password given 10 times: locked for longer each time, even for the right password', async () => {
    const { host, owner, clock } = await start();
    await createStaff(host.port, owner);
    const fromPc = { localAddress: '127.0.0.3' };
    const messageOf = (response: { json: unknown }) => (response.json as { error?: { message: string } }).error?.message ?? '';
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) {
      const wrong = await postApi(host.port, 'auth.login', { name: STAFF.name, password: `guess-${attempt}` }, {}, fromPc);
      expect(messageOf(wrong)).toBe('账号或密码不对，请再试一次。');
      if (attempt < 5) continue; // mistyping a few times is free (and a right password would start again from 0)
      // Straight after, even the right password is refused, for twice as long as the time before.
      const rightAway = await postApi(host.port, 'auth.login', STAFF, {}, fromPc);
      expect(rightAway.status).toBe(409);
      const wait = Number(/密码错误次数太多，请 (\d+) 秒后再试。/.exec(messageOf(rightAway))?.[1]);
      waits.push(wait);
      clock.advance(wait * 1000 - 1000);
      expect(messageOf(await postApi(host.port, 'auth.login', STAFF, {}, fromPc))).toBe('密码错误次数太多，请 1 秒后再试。');
      clock.advance(1000);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900]);
    expect((await postApi(host.port, 'auth.login', STAFF, {}, fromPc)).status).toBe(200);
  });

  it('locks the name from any PC and the PC for any name once it is locked', async () => {
    const { host, owner } = await start();
    await createStaff(host.port, owner);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await postApi(host.port, 'auth.login', { name: STAFF.name, password: 'wrong-one' }, {}, { localAddress: '127.0.0.3' });
    }
    const otherPc = await postApi(host.port, 'auth.login', STAFF, {}, { localAddress: '127.0.0.4' });
    expect((otherPc.json as { error: { message: string } }).error.message).toMatch(/秒后再试/);
    const otherName = await postApi(host.port, 'auth.login', { name: '店主', password: 'owner-secret-1' }, {}, { localAddress: '127.0.0.3' });
    expect((otherName.json as { error: { message: string } }).error.message).toMatch(/秒后再试/);
    expect((await auditLines(host.port, owner)).filter((line) => line.action === 'auth.loginFailed')).toHaveLength(5);
  });

  it('refuses a cross-origin POST even with a valid session, and runs nothing', async () => {
    const { host, owner } = await start();
    const response = await postApi(host.port, 'settings.update', { shopName: '被改了' }, { ...owner, Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(response.json).toMatchObject({ error: { code: 'FORBIDDEN', message: '拒绝访问：请求来自其他网站。' } });
    expect(dataOf<{ shopName: string }>(await postApi(host.port, 'settings.get', {}, owner)).shopName).not.toBe('被改了');
  });
});

describe('roles over HTTP', () => {
  it('answers a 客服 calling an owner-only method with 403 FORBIDDEN, changes nothing and records the refusal', async () => {
    const { host, owner } = await start();
    await createStaff(host.port, owner);
    const staff = await signIn(host.port, STAFF);
    for (const [method, input] of [
      ['settings.update', { shopName: '客服改的' }],
      ['customers.export', { format: 'csv' }],
      ['accounts.create', { name: '小王', password: 'xiaowang-1' }],
      ['audit.list', {}],
      ['backups.create', {}],
    ] as const) {
      const response = await postApi(host.port, method, input, staff);
      expect(response.status, method).toBe(403);
      expect(response.json).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '没有权限：这个操作只有店主可以做。' } });
    }
    expect(dataOf<{ shopName: string }>(await postApi(host.port, 'settings.get', {}, owner)).shopName).not.toBe('客服改的');
    expect(dataOf<unknown[]>(await postApi(host.port, 'accounts.list', {}, owner))).toHaveLength(2);
    const refused = (await auditLines(host.port, owner)).filter((line) => line.action === 'denied');
    expect(refused.map((line) => line.detail)).toContain('settings.update（修改店铺设置）');
    expect(refused.every((line) => line.accountName === STAFF.name && line.role === 'staff')).toBe(true);
    // Exports are downloaded by the owner only.
    expect((await rawRequest({ port: host.port, path: '/exports/x.csv', headers: staff })).status).toBe(403);
  });

  it('masks every phone a 客服 is sent, and 查看号码 shows a whole one only when the owner allowed it, recorded', async () => {
    const { host, owner } = await start();
    const staffId = await createStaff(host.port, owner);
    const staff = await signIn(host.port, STAFF);
    const ownerList = dataOf<CustomerPageDto>(await postApi(host.port, 'customers.list', { pageSize: 200 }, owner));
    const withPhone = ownerList.items.find((customer) => customer.phone && WHOLE_PHONE.test(customer.phone))!;
    expect(withPhone).toBeDefined();
    const staffList = await postApi(host.port, 'customers.list', { pageSize: 200 }, staff);
    expect(staffList.body).not.toMatch(WHOLE_PHONE);
    const masked = dataOf<CustomerPageDto>(staffList).items.find((customer) => customer.id === withPhone.id)!;
    expect(masked.phone).toBe(`${withPhone.phone!.slice(0, 3)}****${withPhone.phone!.slice(-4)}`);
    const detail = await postApi(host.port, 'customers.get', { id: withPhone.id }, staff);
    expect(detail.body).not.toMatch(WHOLE_PHONE);
    expect(dataOf<{ phoneMasked: boolean }>(detail).phoneMasked).toBe(true);

    const refused = await postApi(host.port, 'customers.revealPhone', { id: withPhone.id }, staff);
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ error: { message: '没有权限：店主没有允许这个账号查看完整手机号。' } });

    expect((await postApi(host.port, 'accounts.update', { id: staffId, canRevealPhones: true }, owner)).status).toBe(200);
    const revealed = dataOf<{ phone: string }>(await postApi(host.port, 'customers.revealPhone', { id: withPhone.id }, staff));
    expect(revealed.phone).toBe(withPhone.phone);
    const reveal = (await auditLines(host.port, owner)).find((line) => line.action === 'customers.revealPhone')!;
    expect(reveal).toMatchObject({ accountName: STAFF.name, role: 'staff', label: '查看手机号', customerId: withPhone.id, where: '本机' });
    // The owner's own pages show whole phones.
    expect(ownerList.items.some((customer) => customer.phone && WHOLE_PHONE.test(customer.phone))).toBe(true);
  });

  it('records an export in the audit log with the account that made it', async () => {
    const { host, owner } = await start();
    const exported = dataOf<{ fileName: string; rows: number }>(await postApi(host.port, 'customers.export', { format: 'xlsx' }, owner));
    const line = (await auditLines(host.port, owner)).find((entry) => entry.action === 'customers.export')!;
    expect(line).toMatchObject({ accountName: '店主', role: 'owner', where: '本机', label: '导出客户名单', at: FROZEN_NOW.toISOString() });
    expect(line.detail).toBe(`${exported.rows} 位客户，XLSX，文件 ${exported.fileName}`);
  });

  it('signs a deactivated 客服 out at once, and a password reset ends the old sessions', async () => {
    const { host, owner } = await start();
    const staffId = await createStaff(host.port, owner);
    const staff = await signIn(host.port, STAFF);
    expect((await postApi(host.port, 'customers.list', {}, staff)).status).toBe(200);
    await postApi(host.port, 'accounts.resetPassword', { id: staffId, password: 'new-password-9' }, owner);
    expect((await postApi(host.port, 'customers.list', {}, staff)).status).toBe(401);
    const again = await signIn(host.port, { name: STAFF.name, password: 'new-password-9' });
    await postApi(host.port, 'accounts.update', { id: staffId, active: false }, owner);
    expect((await postApi(host.port, 'customers.list', {}, again)).status).toBe(401);
    const login = await postApi(host.port, 'auth.login', { name: STAFF.name, password: 'new-password-9' });
    expect(login.json).toMatchObject({ error: { message: '这个账号已停用，请找店主。' } });
  });

  it('creates the owner only once, and only from this PC', async () => {
    const { host } = await start();
    const second = await postApi(host.port, 'auth.createOwner', { name: '另一个店主', password: 'another-1' });
    expect(second.json).toMatchObject({ error: { code: 'REJECTED', message: '已经有店主账号了，请直接登录。' } });
  });
});

describe('shop-LAN access', () => {
  it('is off by default, then serves the same app on the LAN address, login required, and closes again', async () => {
    const { host, owner } = await start();
    expect(dataOf(await postApi(host.port, 'lan.get', {}, owner))).toEqual({ enabled: false, urls: [], problem: null, available: true });
    const opened = dataOf<{ enabled: boolean; urls: string[] }>(await postApi(host.port, 'lan.set', { enabled: true }, owner));
    expect(opened.enabled).toBe(true);
    const url = new URL(opened.urls[0]!);
    expect(url.hostname).toBe('127.0.0.2');
    const lanPort = Number(url.port);
    const fromLan = { address: '127.0.0.2', localAddress: '127.0.0.3' };

    const page = await rawRequest({ port: lanPort, path: '/', headers: { Host: url.host }, ...fromLan });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    // Ignored (with a console error) by browsers on plain http from another PC, so not sent there.
    expect(page.headers['cross-origin-opener-policy']).toBeUndefined();
    expect((await postApi(lanPort, 'customers.list', {}, { Host: url.host }, fromLan)).status).toBe(401);
    const rebinding = await postApi(lanPort, 'customers.list', {}, { Host: `evil.example:${lanPort}` }, fromLan);
    expect(rebinding.status).toBe(403);

    // The owner is made on the PC itself, never from the LAN.
    const login = await postApi(lanPort, 'auth.login', { name: '店主', password: 'owner-secret-1' }, { Host: url.host }, fromLan);
    expect(dataOf<{ remote: boolean }>(login).remote).toBe(true);
    const lanOwner = { Host: url.host, Cookie: String(login.headers['set-cookie']).split(';')[0]! };
    expect((await postApi(lanPort, 'settings.get', {}, lanOwner, fromLan)).status).toBe(200);
    expect((await auditLines(host.port, owner)).find((line) => line.action === 'auth.login' && line.where === '127.0.0.3')).toBeDefined();

    const closed = dataOf<{ enabled: boolean }>(await postApi(host.port, 'lan.set', { enabled: false }, owner));
    expect(closed.enabled).toBe(false);
    await expect(rawRequest({ port: lanPort, path: '/', headers: { Host: url.host }, ...fromLan })).rejects.toThrow(/ECONNREFUSED/);
  });
});
