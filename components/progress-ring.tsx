/** A circular progress meter (0..1) with content in its centre; exposed as one progressbar. */
import type { ComponentChildren } from 'preact';
import './progress-ring.css';

interface Props {
  ratio: number;
  /** The accessible name, e.g. "Water today". */
  label: string;
  /** What the value means, read instead of a bare percentage, e.g. "750 ml of 2,000 ml". */
  valueText: string;
  size?: number;
  stroke?: number;
  children?: ComponentChildren;
}

export function ProgressRing({ ratio, label, valueText, size = 96, stroke = 10, children }: Props) {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(ratio) ? ratio : 0));
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const centre = size / 2;
  return (
    <div
      class="progress-ring"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.floor(clamped * 100)}
      aria-valuetext={valueText}
      style={{ width: `${size}px`, height: `${size}px` }}
    >
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
        <circle class="progress-ring-track" cx={centre} cy={centre} r={radius} stroke-width={stroke} />
        {clamped > 0 && (
          <circle
            class="progress-ring-fill"
            cx={centre}
            cy={centre}
            r={radius}
            stroke-width={stroke}
            stroke-dasharray={circumference}
            stroke-dashoffset={circumference * (1 - clamped)}
            transform={`rotate(-90 ${centre} ${centre})`}
          />
        )}
      </svg>
      <div class="progress-ring-centre">{children}</div>
    </div>
  );
}
