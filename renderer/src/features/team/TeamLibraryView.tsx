import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import type { TeamStatus } from '../../../../electron/contract/api';
import { call } from '../../api/client';
import { Field, FormAlert, useFormError } from '../../ui/form';

interface Values {
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
  sslmode: 'verify-full' | 'disable';
  caFile: string;
}

const FIELDS = ['host', 'port', 'database', 'user', 'password', 'sslmode', 'caFile'] as const;

const valuesOf = (status: TeamStatus | null): Values => {
  const c = status?.connection;
  return {
    host: c?.host ?? '',
    port: String(c?.port ?? 5432),
    database: c?.database ?? 'briefing',
    user: c?.user ?? '',
    password: '',
    sslmode: c?.sslmode ?? 'verify-full',
    caFile: c?.caFile ?? '',
  };
};

/**
 * "Team library: connect…": where the team's PostgreSQL library is and the password, checked before
 * anything changes; or back to the local library. Briefings stay in the local store either way.
 */
export function TeamLibraryView(props: { onChanged: () => void; onClose: () => void }) {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(null));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const err = useFormError();

  useEffect(() => {
    call('team:status', {})
      .then((s) => {
        setStatus(s);
        setValues(valuesOf(s));
      })
      .catch((e: unknown) => err.show(e));
    // Loads once when the view opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const set = (key: keyof Values) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  async function run(action: () => Promise<TeamStatus>, done: (s: TeamStatus) => string) {
    setBusy(true);
    err.clear();
    setNotice(null);
    try {
      const s = await action();
      setStatus(s);
      setValues((v) => ({ ...valuesOf(s), password: '', host: s.connection?.host ?? v.host }));
      setNotice(done(s));
      props.onChanged();
    } catch (error) {
      err.show(error);
    } finally {
      setBusy(false);
    }
  }

  function connect(e: FormEvent) {
    e.preventDefault();
    const port = Number(values.port);
    void run(
      () =>
        call('team:connect', {
          host: values.host,
          port: Number.isInteger(port) ? port : 0,
          database: values.database,
          user: values.user,
          sslmode: values.sslmode,
          ...(values.caFile.trim() ? { caFile: values.caFile.trim() } : {}),
          ...(values.password ? { password: values.password } : {}),
        }),
      (s) => `Connected to ${s.location ?? 'the team library'}. Your briefings stay in your local library.`,
    );
  }

  const isSession = status?.passwordKeeping === 'session';
  const id = (name: string) => `team-${name}`;
  return (
    <section className="pane editor" aria-labelledby="team-heading">
      <header className="pane-header">
        <h2 id="team-heading">Team library</h2>
        <div className="actions">
          <button type="button" className="secondary" onClick={props.onClose}>
            Back
          </button>
        </div>
      </header>
      <p role="status" aria-label="Team library status">
        {status?.isConnected
          ? `Working in the team library at ${status.location ?? ''}. Briefings stay in your local library, with copies of the facts they cite.`
          : 'Working in your local library only.'}
      </p>
      {status?.message ? <p className="notice">{status.message}</p> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <form className="card form" aria-label="Connect to a team library" onSubmit={connect} noValidate>
        <h3>Team library: connect…</h3>
        <Field label="Host" htmlFor={id('host')} error={err.forField('host')} hint="The database server.">
          <input id={id('host')} value={values.host} onChange={set('host')} autoComplete="off" />
        </Field>
        <Field label="Port" htmlFor={id('port')} error={err.forField('port')}>
          <input id={id('port')} inputMode="numeric" value={values.port} onChange={set('port')} />
        </Field>
        <Field label="Database" htmlFor={id('database')} error={err.forField('database')}>
          <input id={id('database')} value={values.database} onChange={set('database')} autoComplete="off" />
        </Field>
        <Field label="User" htmlFor={id('user')} error={err.forField('user')}>
          <input id={id('user')} value={values.user} onChange={set('user')} autoComplete="username" />
        </Field>
        <Field
          label="Password"
          htmlFor={id('password')}
          error={err.forField('password')}
          hint={
            isSession
              ? 'Kept in memory only while the app runs (browser mode has no keychain): you give it again after a restart. Never written to a file.'
              : 'Kept encrypted by your system keychain; never written in clear.'
          }
        >
          <input
            id={id('password')}
            type="password"
            value={values.password}
            onChange={set('password')}
            autoComplete="current-password"
          />
        </Field>
        <Field label="TLS" htmlFor={id('sslmode')} error={err.forField('sslmode')}>
          <select id={id('sslmode')} value={values.sslmode} onChange={set('sslmode')}>
            <option value="verify-full">Verify the server’s certificate and name (verify-full)</option>
            <option value="disable">No TLS (a trusted local network only)</option>
          </select>
        </Field>
        {values.sslmode === 'verify-full' ? (
          <Field
            label="CA file"
            htmlFor={id('caFile')}
            error={err.forField('caFile')}
            hint="Full path of the CA certificate that signed the server’s; empty: the system’s CAs."
          >
            <input id={id('caFile')} value={values.caFile} onChange={set('caFile')} autoComplete="off" />
          </Field>
        ) : null}
        <FormAlert message={err.general(FIELDS)} />
        <div className="actions">
          {status?.isConnected ? (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() =>
                void run(
                  () => call('team:disconnect', {}),
                  () => 'Back to your local library. The saved connection and password are forgotten.',
                )
              }
            >
              Disconnect
            </button>
          ) : null}
          <button type="submit" disabled={busy}>
            {busy ? 'Connecting…' : 'Connect'}
          </button>
        </div>
      </form>
    </section>
  );
}
