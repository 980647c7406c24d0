import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi } from '../../testing/harness.ts';
import { assertDemoAllowed, isLoopback, PublicDemoError } from './demo-accounts.ts';

describeApi('demo accounts on a public address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('knows loopback addresses from the others', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'rb.kota.go.id']) expect(isLoopback(host), host).toBe(false);
  });

  it('refuses to serve a database with demo accounts on a public interface unless asked explicitly', async () => {
    await expect(assertDemoAllowed(api.db.prisma, '0.0.0.0', {})).rejects.toThrow(PublicDemoError);
    await expect(assertDemoAllowed(api.db.prisma, '0.0.0.0', {})).rejects.toThrow(/RB_ALLOW_PUBLIC_DEMO=1/);
    await expect(assertDemoAllowed(api.db.prisma, '127.0.0.1', {})).resolves.toBeUndefined();
    await expect(assertDemoAllowed(api.db.prisma, '0.0.0.0', { RB_ALLOW_PUBLIC_DEMO: '1' })).resolves.toBeUndefined();
  });

  it('tells every visitor that the demo accounts are there, and stops once they are disabled', async () => {
    const anonymous = api.client();
    expect((await anonymous.ok(`{ serverInfo { demoAccounts } }`)).serverInfo.demoAccounts).toBe(true);
    await api.db.prisma.user.updateMany({ where: { email: { endsWith: '.demo' } }, data: { disabled: true } });
    expect((await anonymous.ok(`{ serverInfo { demoAccounts } }`)).serverInfo.demoAccounts).toBe(false);
    await expect(assertDemoAllowed(api.db.prisma, '0.0.0.0', {})).resolves.toBeUndefined();
  });
});
