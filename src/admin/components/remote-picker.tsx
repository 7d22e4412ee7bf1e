import { XMarkMini } from "@medusajs/icons"
import { Badge, Input, Text, clx } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useId, useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminGet } from "../lib/api"
import {
  PICKER_SOURCES,
  type PickerKind,
  type PickerRow,
  type PickerSource,
} from "./picker-sources"
import { usePickedRows } from "./use-picked-rows"

type Row = PickerRow

function useDebounced<T>(value: T, ms = 250): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

type RemotePickerProps = {
  kind: PickerKind
  /** Selected ids. */
  value: string[]
  onChange: (ids: string[], rows: Row[]) => void
  /** One id at most (a customer, an order). */
  single?: boolean
  placeholder?: string
  label?: string
  id?: string
  disabled?: boolean
  /** `data-testid` of the picker's root; default `picker-<kind>`. */
  testId?: string
}

/**
 * Search-as-you-type over one of Medusa's admin list routes (products, regions, customers, ...),
 * like the dashboard's own comboboxes: type to search, arrows to move, Enter to pick, Backspace on
 * an empty field removes the last choice. Selected ids are shown by name, read back from the API.
 */
export const RemotePicker = ({
  kind,
  value,
  onChange,
  single,
  placeholder,
  label,
  id,
  disabled,
  testId,
}: RemotePickerProps) => {
  const { t } = useTranslation()
  const source: PickerSource = PICKER_SOURCES[kind]
  const [text, setText] = useState("")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const q = useDebounced(text)
  const listId = useId()
  const inputId = id ?? `${listId}-input`
  const containerRef = useRef<HTMLDivElement>(null)

  const options = useQuery({
    queryKey: ["rebates-picker", kind, q],
    queryFn: () =>
      adminGet<Record<string, Row[]>>(source.path, {
        q: q || undefined,
        limit: 20,
        fields: source.fields,
      }),
    enabled: open,
    placeholderData: keepPreviousData,
  })
  const selected = usePickedRows(kind, value, { keepPrevious: true })

  const selectedRows = useMemo(() => {
    const rows = selected.rows ?? []
    return value.map((v) => rows.find((r) => r.id === v) ?? ({ id: v } as Row))
  }, [selected.rows, value])
  const rows = (options.data?.[source.listKey] ?? []).filter((r) => !value.includes(r.id))

  useEffect(() => setActive(0), [q])
  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (!containerRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener("mousedown", close)
    return () => document.removeEventListener("mousedown", close)
  }, [])

  const pick = (row: Row) => {
    const ids = single ? [row.id] : [...value, row.id]
    const all = single ? [row] : [...selectedRows, row]
    onChange(ids, all)
    setText("")
    if (single) setOpen(false)
  }
  const remove = (removeId: string) => {
    onChange(
      value.filter((v) => v !== removeId),
      selectedRows.filter((r) => r.id !== removeId)
    )
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault()
      setOpen(true)
      setActive((a) => Math.min(a + 1, Math.max(rows.length - 1, 0)))
    } else if (e.key === "ArrowUp") {
      e.preventDefault()
      setActive((a) => Math.max(a - 1, 0))
    } else if (e.key === "Enter") {
      if (open && rows[active]) {
        e.preventDefault()
        pick(rows[active])
      }
    } else if (e.key === "Escape") {
      setOpen(false)
    } else if (e.key === "Backspace" && !text && value.length) {
      remove(value[value.length - 1])
    }
  }

  return (
    <div
      ref={containerRef}
      className="relative flex flex-col gap-y-2"
      data-testid={testId ?? `picker-${kind}`}
    >
      {selectedRows.length > 0 && (
        <div className="flex flex-wrap gap-1" aria-label={label}>
          {selectedRows.map((row) => (
            <Badge key={row.id} size="2xsmall" className="gap-x-1">
              <span data-testid={`picker-selected-${kind}`}>
                {row.title || row.name || row.value || row.email ? source.label(row) : row.id}
              </span>
              {!disabled && (
                <button
                  type="button"
                  onClick={() => remove(row.id)}
                  aria-label={t("rebates.actions.clear") + " " + source.label(row)}
                  className="text-ui-fg-muted hover:text-ui-fg-subtle"
                >
                  <XMarkMini />
                </button>
              )}
            </Badge>
          ))}
        </div>
      )}
      {!(single && value.length) && (
        <Input
          id={inputId}
          size="small"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && rows[active] ? `${listId}-${rows[active].id}` : undefined}
          aria-label={label}
          placeholder={placeholder ?? t("rebates.actions.search")}
          value={text}
          disabled={disabled}
          onChange={(e) => {
            setText(e.target.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
      )}
      {open && !(single && value.length) && (
        <ul
          id={listId}
          role="listbox"
          className="shadow-elevation-flyout bg-ui-bg-base absolute top-full z-50 mt-1 max-h-64 w-full overflow-auto rounded-lg p-1"
        >
          {options.isLoading && (
            <li className="px-2 py-1.5">
              <Text size="small" className="text-ui-fg-muted">
                {t("rebates.states.loading")}
              </Text>
            </li>
          )}
          {!options.isLoading && rows.length === 0 && (
            <li className="px-2 py-1.5">
              <Text size="small" className="text-ui-fg-muted">
                {t("rebates.states.noResults")}
              </Text>
            </li>
          )}
          {rows.map((row, index) => (
            <li
              key={row.id}
              id={`${listId}-${row.id}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(e) => {
                e.preventDefault()
                pick(row)
              }}
              onMouseEnter={() => setActive(index)}
              className={clx(
                "txt-compact-small flex cursor-pointer items-center justify-between gap-x-2 rounded-md px-2 py-1.5",
                index === active && "bg-ui-bg-base-hover"
              )}
            >
              <span>{source.label(row)}</span>
              {source.hint?.(row) && (
                <span className="text-ui-fg-muted truncate">{source.hint(row)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
