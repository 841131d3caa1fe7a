import type { ComponentChildren } from 'preact';
import { hintId } from '@/components/options/model/paths';

export function Hint({ path, children }: { path: string; children: ComponentChildren }) {
  return (
    <p id={hintId(path)} class="hint">
      {children}
    </p>
  );
}
