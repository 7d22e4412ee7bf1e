import type { InputHTMLAttributes } from "react"

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string
  hint?: string
  /** Spans both columns of a two-column form. */
  wide?: boolean
}

/** A labelled input; the hint is tied to it for screen readers. */
export function Field({ label, hint, wide, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${input.name}`
  return (
    <div className={wide ? "field field--wide" : "field"}>
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} aria-describedby={hint ? `${inputId}-hint` : undefined} {...input} />
      {hint && (
        <small id={`${inputId}-hint`} className="field__hint">
          {hint}
        </small>
      )}
    </div>
  )
}
