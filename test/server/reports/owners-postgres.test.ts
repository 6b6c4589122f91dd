import { randomUUID } from 'node:crypto';
import type { ModeratorReport } from '@youthchat/core';
import { postgresReportStore, signAgeToken } from '@youthchat/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './helpers.ts';
import { dropSchema, pgUrl, uniqueSchema } from './postgres.ts';
import { errorOf, moderator, postJson, type ReportsTestServer, startReportsServer } from './server.ts';

describe.skipIf(!pgUrl)('report routes on PostgreSQL: keys and text have owners', () => {
  const schema = uniqueSchema('owners');
  let server: ReportsTestServer;
  beforeAll(async () => {
    server = await startReportsServer({
      store: await postgresReportStore({ connectionString: pgUrl as string, schema }),
    });
  });
  afterAll(async () => {
    await server?.close();
    await dropSchema(schema);
  });

  it('keeps a clientReportId per sender: a retry, a changed report (409), and another sender', async () => {
    const clientReportId = randomUUID();
    const body = { reason: 'bullying', details: 'call me on 07700 900123', clientReportId };
    const child = await signAgeToken({ band: 'under13', consent: 'required' }, { secret: SECRET });
    const other = await signAgeToken({ band: 'under13', consent: 'required' }, { secret: SECRET });
    const as = (token: string) => ({ 'x-youthchat-age': token });

    const first = (await (await postJson(server.url, body, as(child.token))).json()) as { id: string };
    expect(await (await postJson(server.url, body, as(child.token))).json()).toMatchObject({ id: first.id });
    const changed = await postJson(server.url, { ...body, reason: 'other' }, as(child.token));
    expect(await errorOf(changed)).toMatchObject({ status: 409, code: 'client_report_id_reused' });
    const theirs = (await (await postJson(server.url, body, as(other.token))).json()) as { id: string };
    expect(theirs.id).not.toBe(first.id);

    const response = await fetch(`${server.url}?clientReportId=${clientReportId}`, { headers: moderator });
    const { reports } = (await response.json()) as { reports: ModeratorReport[] };
    expect(reports.map((r) => r.id).sort()).toEqual([first.id, theirs.id].sort());
    for (const report of reports) expect(report.details).toBe('call me on [phone]');
  });
});
