import { Button, Drawer } from "@medusajs/ui"
import type { FormEventHandler, ReactNode } from "react"
import { useTranslation } from "react-i18next"

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The label of the secondary button that opens the drawer, and its test id. */
  trigger: ReactNode
  triggerTestId: string
  title: ReactNode
  description: ReactNode
  onSubmit: FormEventHandler<HTMLFormElement>
  submitLabel: ReactNode
  submitTestId: string
  /** `danger` for a submit that removes something. */
  submitVariant?: "primary" | "danger"
  /** While the request is in flight: the submit spins and ignores clicks. */
  isPending: boolean
  /** The layout of the fields in the drawer's body. */
  bodyClassName?: string
  children: ReactNode
}

/**
 * A form in a Drawer, as Medusa's own edit drawers are: title and description, the fields, and
 * Cancel beside the submit button in the footer. The caller owns `open`, so that opening can reset
 * the form and a successful submit can close it.
 */
export const FormDrawer = ({
  open,
  onOpenChange,
  trigger,
  triggerTestId,
  title,
  description,
  onSubmit,
  submitLabel,
  submitTestId,
  submitVariant,
  isPending,
  bodyClassName = "flex flex-col gap-y-6 overflow-y-auto",
  children,
}: FormDrawerProps) => {
  const { t } = useTranslation()
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid={triggerTestId}>
          {trigger}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">
              {description}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className={bodyClassName}>{children}</Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("rebates.actions.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              variant={submitVariant}
              isLoading={isPending}
              disabled={isPending}
              data-testid={submitTestId}
            >
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
