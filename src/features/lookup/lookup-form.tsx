import {
  useEffect,
  useId,
  useState,
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import type { LookupTarget } from '../../domain/lookup-target';
import type { ProviderKind } from '../../domain/providers';
import { whenIdle } from '../../lib/when-idle';
import { fieldClass, primaryButton } from '../../ui/button-styles';
import { EXPECTED_MESSAGE } from './input-hint';

type Parser = typeof import('./parse-input');

/**
 * The rules for pasted text load just after the first paint (nobody submits before then);
 * a submit that comes first waits for them.
 */
function loadParser(): Promise<Parser> {
  return import('./parse-input');
}

function useParser(): Parser | null {
  const [parser, setParser] = useState<Parser | null>(null);
  useEffect(() => {
    let left = false;
    // Only the hint under the box waits for it (Look up loads it itself): after the paint.
    const cancel = whenIdle(() => {
      void loadParser().then((loaded) => {
        if (!left) setParser(loaded);
      });
    });
    return () => {
      left = true;
      cancel();
    };
  }, []);
  return parser;
}

interface LookupFormProps {
  kind: ProviderKind;
  initialText: string;
  onLookup: (target: LookupTarget) => void;
}

/** Lines the box shows where the browser cannot size it to its text (no `field-sizing`). */
function rowsFor(text: string): number {
  if (typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content')) return 1;
  return Math.min(8, text.split('\n').length);
}

export function LookupForm({ kind, initialText, onLookup }: LookupFormProps) {
  const [text, setText] = useState(initialText);
  const [message, setMessage] = useState<string | null>(null);
  const inputId = useId();
  const messageId = useId();
  const hintId = useId();
  const parser = useParser();
  const preview = parser ? previewOf(parser, text, kind) : null;

  async function tryLookup(value: string, quiet: boolean): Promise<void> {
    if (looksLikeJson(value)) {
      // A provider's answer: read here, no request made. Its reader loads on first use.
      const { rememberPastedAnswer } = await import('../../api/pasted-answer-store');
      const read = await rememberPastedAnswer(value.trim());
      if ('error' in read) {
        setMessage(read.error);
        return;
      }
      setMessage(null);
      onLookup(read.target);
      return;
    }
    const { parseLookupInput, targetForInput } = parser ?? (await loadParser());
    const parsed = parseLookupInput(value);
    if (!parsed.ok) {
      if (!quiet) setMessage(parsed.message);
      return;
    }
    // A paste with words that are not IDs waits, so the person sees what will be left out.
    if (parsed.skipped && quiet) return;
    const target = targetForInput(parsed.ids, parsed.fromLink, kind);
    if ('error' in target) {
      if (!quiet) setMessage(target.error);
      return;
    }
    setMessage(null);
    onLookup(target);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void tryLookup(text, false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    // A textarea keeps pasted line breaks between IDs; Enter still submits as in a one-line box.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void tryLookup(text, false);
    }
  }

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = e.clipboardData.getData('text');
    const field = e.currentTarget;
    // Only a paste that replaces everything is taken as "look this up now".
    const replacesAll = field.selectionStart === 0 && field.selectionEnd === field.value.length;
    if (replacesAll && pasted.trim()) {
      e.preventDefault();
      setText(pasted.trim());
      void tryLookup(pasted, true);
    }
  }

  return (
    <form onSubmit={submit} className="w-full" noValidate role="search">
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium">
        Task or clip ID
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <textarea
          id={inputId}
          rows={rowsFor(text)}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (message) setMessage(null);
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          placeholder="Paste a task ID, clip IDs or a suno.com/song link"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${messageId} ${hintId}` : hintId}
          className={`${fieldClass} min-h-[2.75rem] resize-y font-mono text-sm leading-6 field-sizing-content`}
        />
        <button type="submit" className={`${primaryButton} shrink-0`}>
          Look up
        </button>
      </div>
      {message ? (
        <p
          id={messageId}
          role="alert"
          className="mt-1 text-sm text-red-700 [overflow-wrap:anywhere] dark:text-red-400"
        >
          {message}
        </p>
      ) : null}
      <p id={hintId} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        {preview ??
          // Text already in the box (a lookup's page) gets its one-line plan once the parser is
          // in; the long general hint in the meantime would make the page below jump up then.
          (parser || text.trim() === '' ? EXPECTED_MESSAGE : '\u00a0')}
      </p>
    </form>
  );
}

/** Whether the box holds JSON (a pasted answer) rather than IDs; kept tiny for the page shell. */
function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

/** What Look up will do with the text as it stands, or null when it would not go ahead. */
function previewOf(parser: Parser, text: string, kind: ProviderKind): string | null {
  if (looksLikeJson(text)) return 'Reads the pasted answer here; nothing is sent to the provider.';
  const parsed = parser.parseLookupInput(text);
  if (!parsed.ok) return null;
  const target = parser.targetForInput(parsed.ids, parsed.fromLink, kind);
  if ('error' in target) return null;
  const plan = parser.describeTarget(target, kind);
  return parsed.skipped ? `${plan} ${parsed.skipped}` : plan;
}
