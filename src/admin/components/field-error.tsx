import { Text } from "@medusajs/ui"

/** A form field's error, announced to screen readers; `id` is the field's `aria-describedby`. */
export const FieldError = ({ id, message }: { id: string; message?: string }) =>
  message ? (
    <Text id={id} size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null
