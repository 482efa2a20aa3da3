import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, TeamConnection } from '../../../electron/contract/api';
import { AppError } from '../../../electron/core/errors';
import { redactUrl } from '../../../electron/services/store/postgres/url';
import { checkCaFile, SessionPasswords, teamUrl } from '../../../electron/services/team-connection';
import { tempDir } from '../../helpers/fixtures';

const base = TeamConnection.parse({ host: 'db.example.org', database: 'briefing', user: 'anna' });

describe('Team library: connect… (the form’s input and the URL made of it)', () => {
  it('carries any password through the URL intact, and never shows it', () => {
    const password = 'p@ss:w/rd?#% é';
    const url = new URL(teamUrl(base, password));
    expect(decodeURIComponent(url.password)).toBe(password);
    expect(url.hostname).toBe('db.example.org');
    expect(url.port).toBe('5432');
    expect(url.pathname).toBe('/briefing');
    expect(url.searchParams.get('sslmode')).toBe('verify-full');
    expect(redactUrl(url.toString())).not.toContain(encodeURIComponent(password));
    expect(redactUrl(url.toString())).toContain('anna:***@db.example.org');
  });

  it('names the CA file for verify-full only', () => {
    const withCa = { ...base, caFile: '/etc/briefing/ca.pem' };
    expect(new URL(teamUrl(withCa, undefined)).searchParams.get('sslrootcert')).toBe('/etc/briefing/ca.pem');
    const plain = new URL(teamUrl({ ...withCa, sslmode: 'disable' }, undefined));
    expect(plain.searchParams.get('sslmode')).toBe('disable');
    expect(plain.searchParams.has('sslrootcert')).toBe(false);
  });

  it('refuses what would change the URL’s meaning, field by field', () => {
    const input = contract['team:connect'].input;
    const paths = (value: object) => {
      const parsed = input.safeParse({ ...base, ...value });
      return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => i.path.join('.')))];
    };
    expect(paths({ host: 'evil.org/other' })).toEqual(['host']);
    expect(paths({ host: 'anna@evil.org' })).toEqual(['host']);
    expect(paths({ database: 'db?sslmode=disable' })).toEqual(['database']);
    expect(paths({ port: 70000 })).toEqual(['port']);
    expect(paths({ sslmode: 'prefer' })).toEqual(['sslmode']);
    expect(paths({ host: '' })).toEqual(['host']);
    expect(paths({ extra: 1 })).toEqual(['']);
    expect(paths({ password: 'x'.repeat(1001) })).toEqual(['password']);
    expect(paths({ host: '10.0.0.5', port: 6432, password: 'ok' })).toEqual([]);
    // A port that is not one (the form sends 0 for "abc") is said in the field's words, not zod's.
    for (const port of [0, 70000, 2.5]) {
      const parsed = input.safeParse({ ...base, port });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(
        'Port: a whole number from 1 to 65535 (PostgreSQL listens on 5432).',
      );
    }
  });

  it('refuses a CA file that is not a full path to a file that exists', () => {
    const dir = tempDir('briefing-ca-');
    const ca = join(dir, 'ca.pem');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\n');
    expect(() => checkCaFile({ ...base, caFile: ca })).not.toThrow();
    for (const caFile of ['ca.pem', join(dir, 'missing.pem'), dir]) {
      const error = (() => {
        try {
          checkCaFile({ ...base, caFile });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).path).toBe('caFile');
    }
  });

  it('browser mode keeps the password in memory only', async () => {
    const keeper = new SessionPasswords();
    expect(keeper.kind).toBe('session');
    await keeper.write('secret');
    expect(await keeper.read()).toBe('secret');
    await keeper.write(undefined);
    expect(await keeper.read()).toBeUndefined();
  });
});
