import type { StoreStatus } from '../../../electron/contract/api';

const HEADINGS: Record<StoreStatus['reason'], string> = {
  ok: '',
  damaged: 'The store is damaged: read-only',
  'too-new': 'This store is from a newer version: read-only',
  'in-use': 'Another Briefing Builder has this store open: read-only',
  'read-only': 'This store is open only to read',
};

/** Says, above everything, that the store cannot be written, why, and what to do about it. */
export function StoreBanner({ status }: { status: StoreStatus | undefined }) {
  if (!status?.isReadOnly) return null;
  return (
    <div className="store-banner" role="alert" data-testid="store-banner">
      <strong>{HEADINGS[status.reason]}.</strong> {status.message}
    </div>
  );
}
