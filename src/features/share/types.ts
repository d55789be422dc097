/** The contract between the share button and its lazily loaded dialog. */
import type { Clip } from '../../domain/clip';
import type { LookupTarget } from '../../domain/lookup-target';
import type { ProviderKind } from '../../domain/providers';

export interface ShareButtonProps {
  clip: Clip;
  /** The provider and lookup that show this clip: what the link must name. */
  provider: ProviderKind;
  target: LookupTarget;
  /** Seconds into this clip right now (asked when the dialog opens). */
  currentTime: () => number;
}
