import {
  CogSixTooth,
  ReceiptPercent,
  ShieldCheck,
  TriangleRightMini,
  UserGroup,
  Users,
} from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

const LINKS: { key: string; to: string; icon: ReactNode }[] = [
  { key: "campaigns", to: "/rebates/campaigns", icon: <ReceiptPercent /> },
  { key: "accounts", to: "/rebates/accounts", icon: <Users /> },
  { key: "referrals", to: "/rebates/referrals", icon: <UserGroup /> },
  { key: "settings", to: "/rebates/settings", icon: <CogSixTooth /> },
  { key: "health", to: "/rebates/health", icon: <ShieldCheck /> },
]

/** The section's sub-pages, as the dashboard's own sidebar links (SidebarLink) show them. */
export const QuickLinks = () => {
  const { t } = useTranslation()
  return (
    <Container className="p-0" data-testid="overview-links">
      <div className="px-6 py-4">
        <Heading level="h2">{t("rebates.overview.links.title")}</Heading>
      </div>
      <nav aria-label={t("rebates.overview.links.title")}>
        {LINKS.map(({ key, to, icon }) => (
          <Link
            key={key}
            to={to}
            className="group outline-none"
            data-testid={`overview-link-${key}`}
          >
            <div className="flex flex-col gap-2 px-2 pb-2">
              <div className="shadow-elevation-card-rest bg-ui-bg-component transition-fg hover:bg-ui-bg-component-hover active:bg-ui-bg-component-pressed group-focus-visible:shadow-borders-interactive-with-active rounded-md px-4 py-2">
                <div className="flex items-center gap-4">
                  <div className="shadow-borders-base flex size-7 items-center justify-center rounded-md">
                    <div className="bg-ui-bg-field text-ui-fg-subtle flex size-6 items-center justify-center rounded-[4px]">
                      {icon}
                    </div>
                  </div>
                  <div className="flex flex-1 flex-col">
                    <Text size="small" leading="compact" weight="plus">
                      {t(`rebates.nav.${key}`)}
                    </Text>
                    <Text size="small" leading="compact" className="text-ui-fg-subtle">
                      {t(`rebates.overview.links.${key}`)}
                    </Text>
                  </div>
                  <div className="flex size-7 items-center justify-center">
                    <TriangleRightMini className="text-ui-fg-muted rtl:rotate-180" />
                  </div>
                </div>
              </div>
            </div>
          </Link>
        ))}
      </nav>
    </Container>
  )
}
