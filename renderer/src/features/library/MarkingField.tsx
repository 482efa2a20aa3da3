import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { call } from '../../api/client';
import { Field } from '../../ui/form';

/** The markings the templates know (their classification labels, lowest first), as suggestions. */
function useMarkings(): string[] {
  const [markings, setMarkings] = useState<string[]>([]);
  useEffect(() => {
    let isCurrent = true;
    call('templates:list', {})
      .then((listing) => {
        if (!isCurrent) return;
        setMarkings([
          ...new Set(listing.entries.flatMap((e) => e.template.classifications.map((c) => c.label))),
        ]);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, []);
  return markings;
}

/**
 * A fact's or source's protective marking: free text (a marking a template lacks is reported by the
 * check), suggested from the templates' classifications.
 */
export function MarkingField(props: {
  id: string;
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  error: string | undefined;
  /** What the marking marks: "the paragraphs citing it", "the paragraphs citing any of its facts". */
  marks: string;
}) {
  const markings = useMarkings();
  const listId = useId();
  return (
    <Field
      label="Marking"
      htmlFor={props.id}
      error={props.error}
      hint={`Its protective marking, if any: ${props.marks} are marked at least this high.`}
    >
      <input id={props.id} list={listId} value={props.value} onChange={props.onChange} placeholder="None" />
      <datalist id={listId}>
        {markings.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
    </Field>
  );
}
