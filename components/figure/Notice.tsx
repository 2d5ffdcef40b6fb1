'use client';

/** The small visible notice that says what was changed in a figure's parameters (bad URL values, bad props). */
export function ParamNotice({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="param-notice" role="status" data-url-notice>
      <div>
        <strong>Some settings were adjusted:</strong>
        <ul>
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="param-notice-close" aria-label="Dismiss notice" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
