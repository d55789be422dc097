import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'warning' | 'info' | 'neutral';

const TONES: Record<AlertTone, string> = {
  error: 'bg-red-50 text-red-900 dark:bg-red-950/60 dark:text-red-100',
  warning: 'bg-amber-50 text-amber-900 dark:bg-amber-950/60 dark:text-amber-100',
  info: 'bg-sky-50 text-sky-900 dark:bg-sky-950/60 dark:text-sky-100',
  neutral: 'bg-zinc-100 dark:bg-zinc-800',
};

interface AlertProps {
  tone: AlertTone;
  /** `alert` interrupts a screen reader; `status` waits its turn; `note` is not announced. */
  role?: 'alert' | 'status' | 'note';
  /** Lay out a message and its buttons side by side. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A boxed message: errors, warnings and notes look the same wherever they appear. */
export function Alert({ tone, role, actions, children }: AlertProps) {
  const box = `rounded-xl p-3 text-sm ${TONES[tone]}`;
  if (!actions) {
    return (
      <p role={role} className={`${box} [overflow-wrap:anywhere]`}>
        {children}
      </p>
    );
  }
  return (
    <div role={role} className={`flex flex-wrap items-center gap-3 ${box}`}>
      <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">{children}</span>
      {actions}
    </div>
  );
}
