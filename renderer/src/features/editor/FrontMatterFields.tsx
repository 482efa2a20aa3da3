import { Options } from '../../ui/form';
import { FRONT_MATTER_FIELD_NAMES, type Template } from '../../../../electron/core/template';
import { change } from '../../app/actions';
import { currentDraft, useApp } from '../../app/store';
import { TemplatePicker } from './TemplatePicker';

/** A change of the briefing's own fields; `key` folds a burst of typing in one field into one undo step. */
function edit(fn: (d: NonNullable<ReturnType<typeof currentDraft>>) => Partial<typeof d>, key?: string) {
  const d = currentDraft();
  if (d) change({ ...d, ...fn(d) }, key);
}

/** The briefing's title, date, classification, template and the template's front-matter fields. */
export function FrontMatterFields({ template, isBusy }: { template: Template; isBusy: boolean }) {
  const title = useApp((s) => s.history.present?.title ?? '');
  const date = useApp((s) => s.history.present?.date ?? '');
  const classification = useApp((s) => s.history.present?.classification ?? '');
  const frontMatter = useApp((s) => s.history.present?.frontMatter);
  const invalidField = useApp((s) => (s.save.kind === 'error' ? s.save.field : undefined));
  const fieldClass = (name: string) => (invalidField === name ? 'field field-invalid' : 'field');
  return (
    <div className="front-matter">
      <div className={fieldClass('title')}>
        <label htmlFor="briefing-title">Title</label>
        {/* A title of one paragraph that wraps (it grows line by line) instead of running out of sight. */}
        <textarea
          id="briefing-title"
          dir="auto"
          className="title-input"
          rows={1}
          value={title}
          onKeyDown={(e) => {
            // Enter ends nothing here (an input method's Enter still commits its text).
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.preventDefault();
          }}
          onChange={(e) => edit(() => ({ title: e.target.value.replace(/\s*[\r\n]+\s*/g, ' ') }), 'title')}
        />
      </div>
      <div className="row fit">
        <div className={fieldClass('date')}>
          <label htmlFor="briefing-date">Date</label>
          <input
            id="briefing-date"
            value={date}
            placeholder="YYYY-MM-DD"
            onChange={(e) => edit(() => ({ date: e.target.value }), 'date')}
          />
        </div>
        <div className="field">
          <label htmlFor="briefing-classification">Classification</label>
          <select
            id="briefing-classification"
            value={classification}
            onChange={(e) => edit(() => ({ classification: e.target.value }))}
          >
            <Options items={template.classifications.map((c) => [c.id, c.label] as const)} />
          </select>
        </div>
        <TemplatePicker template={template} isBusy={isBusy} />
      </div>
      {template.frontMatter.fields.length > 0 ? (
        <div className="row wrap">
          {template.frontMatter.fields.map((f) => (
            <div key={f} className={fieldClass('frontMatter')}>
              <label htmlFor={`fm-${f}`}>
                {FRONT_MATTER_FIELD_NAMES[f]}
                {template.frontMatter.required.includes(f) ? ' (required)' : ''}
              </label>
              <input
                id={`fm-${f}`}
                dir="auto"
                value={frontMatter?.[f] ?? ''}
                onChange={(e) =>
                  edit((d) => ({ frontMatter: { ...d.frontMatter, [f]: e.target.value } }), `fm-${f}`)
                }
              />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
