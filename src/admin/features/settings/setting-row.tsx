import { Badge, Button, Hint, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

/**
 * One setting: its name and what it means for shoppers on the left; the control, the default and
 * "Reset to default" (when the merchant has overridden it) on the right; the error under it.
 */
export const SettingRow = ({
  name,
  group = false,
  label,
  hint,
  defaultText,
  overridden,
  onReset,
  resetting,
  error,
  children,
}: {
  name: string
  /** The control is a group (radios, rows) labelled by the row's label, not one input. */
  group?: boolean
  label: string
  hint: string
  defaultText: string
  overridden: boolean
  onReset: () => void
  resetting: boolean
  error?: string
  children: ReactNode
}) => {
  const { t } = useTranslation()
  const hintId = `${name}-hint`
  return (
    <div
      className="grid grid-cols-1 gap-x-8 gap-y-3 px-6 py-4 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
      data-testid={`setting-${name}`}
    >
      <div className="flex flex-col gap-y-1">
        <div className="flex items-center gap-x-2">
          <Label size="small" weight="plus" id={`${name}-label`} htmlFor={group ? undefined : name}>
            {label}
          </Label>
          {overridden && (
            <Badge size="2xsmall" color="blue">
              {t("rebates.settings.custom")}
            </Badge>
          )}
        </div>
        <Text size="small" className="text-ui-fg-subtle" id={hintId}>
          {hint}
        </Text>
      </div>
      <div className="flex flex-col gap-y-2">
        {children}
        {error && (
          <Hint variant="error" id={`${name}-error`} role="alert">
            {error}
          </Hint>
        )}
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("rebates.settings.defaultIs", { value: defaultText })}
          </Text>
          {overridden && (
            <Button
              type="button"
              size="small"
              variant="transparent"
              className="text-ui-fg-interactive h-auto px-1 py-0"
              onClick={onReset}
              isLoading={resetting}
              data-testid={`settings-reset-${name}`}
            >
              {t("rebates.settings.resetToDefault")}
            </Button>
          )}
        </div>
      </div>
    </div>
  )
}
