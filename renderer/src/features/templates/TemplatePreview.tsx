import type { Template } from '../../../../electron/core/template';
import { documentFonts } from '../../ui/document-fonts';

/** A live sketch of the page a template produces: banner, front matter, numbered headings, guidance, style. */
export function TemplatePreview({ template }: { template: Template }) {
  const { style } = template;
  const classification = template.classifications.find((c) => c.id === template.defaultClassification);
  return (
    <div
      className="template-preview"
      aria-label={`Preview of ${template.name}`}
      style={{
        fontFamily: documentFonts(style.fontFamily),
        color: style.textColour,
        fontSize: `${style.bodySizePt + 1}px`,
      }}
    >
      <div className="tp-header">
        {style.logo ? (
          <img src={style.logo.dataUri} alt="Logo" style={{ width: `${style.logo.widthMm * 1.2}px` }} />
        ) : (
          <span />
        )}
        {style.header.banner ? (
          <strong style={{ color: classification?.colour }}>{classification?.label}</strong>
        ) : (
          <span />
        )}
        <span className="muted">{style.header.reference ? 'REF-0001' : ''}</span>
      </div>
      <div
        className="tp-title"
        style={{ color: style.headingColour, fontFamily: style.headingFontFamily ?? undefined }}
      >
        Briefing title
      </div>
      {template.frontMatter.fields.length > 0 ? (
        <div className="tp-front">
          {template.frontMatter.fields.map((f) => (
            <div key={f}>
              <strong>{f}</strong>
              {template.frontMatter.required.includes(f) ? ' (required)' : ''}
            </div>
          ))}
        </div>
      ) : null}
      {template.sections.map((s, i) => (
        <div key={s.id} className="tp-section">
          <div className="tp-heading" style={{ color: style.headingColour }}>
            {style.headingNumbering ? `${i + 1}. ` : ''}
            {s.heading}
            {s.isRequired ? <span className="tp-tag">required</span> : null}
            {s.kind !== 'paragraphs' ? <span className="tp-tag">{s.kind}</span> : null}
            {s.limits.maxWords ? <span className="tp-tag">≤ {s.limits.maxWords} words</span> : null}
            {s.limits.maxItems ? <span className="tp-tag">≤ {s.limits.maxItems} items</span> : null}
          </div>
          <div className="tp-guidance">{s.guidance}</div>
        </div>
      ))}
      <div className="tp-footer">
        <span>
          Citations: {template.citations.placement}
          {template.citations.showGrades ? ' with grades' : ''} ·{' '}
          {typeof template.citations.style === 'string' ? template.citations.style : 'custom CSL'}
          {template.citations.sourceList ? ` · “${template.citations.sourceListTitle}”` : ' · no source list'}
        </span>
        <span>{style.footer.pageNumbers ? 'Page 1 of 2' : ''}</span>
      </div>
    </div>
  );
}
