import { formatDateTimeParts, formatPartialDateMedium } from './dates';

/**
 * An instant (a last edit, a change in a fact's history) as a medium date and a short time; the exact
 * time in `dateTime` and the tooltip. A narrow column puts the time under the date, and breaks inside
 * neither.
 */
export function DateTime({ iso }: { iso: string }) {
  const { date, time } = formatDateTimeParts(iso);
  return (
    <time dateTime={iso} title={iso}>
      <span className="nowrap">{date}</span>
      {time ? (
        <>
          {' '}
          <span className="nowrap">{time}</span>
        </>
      ) : null}
    </time>
  );
}

/**
 * A day, or a date as people give it (a briefing's date, a fact's event date: `2026-12-03`, `2026-12`,
 * `1990~`), in the same medium style; the value as stored in the tooltip (and in `dateTime` when it is
 * one a machine reads).
 */
export function Day({ value, className }: { value: string; className?: string }) {
  const isMachineReadable = /^\d{4}(-\d{2}){0,2}$/.test(value);
  return (
    <time
      className={className ? `nowrap ${className}` : 'nowrap'}
      {...(isMachineReadable ? { dateTime: value } : {})}
      title={value}
    >
      {formatPartialDateMedium(value)}
    </time>
  );
}
