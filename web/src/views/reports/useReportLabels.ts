// Labels of report enumerations: the server dictionary (report.status,
// report.channel) when it has the code, else the page's own i18n fallback.
import { useI18n } from 'vue-i18n'
import { useLabels } from '@/components/useLabels'
import { RD } from './reportLogic'

export function useReportLabels() {
  const { t, te } = useI18n()
  const { label } = useLabels()
  function pick(dict: string, group: string, code: string): string {
    const fromDict = label(dict, code)
    if (fromDict && fromDict !== code) return fromDict
    return te(`reports.${group}.${code}`) ? t(`reports.${group}.${code}`) : code
  }
  return {
    statusLabel: (code: string) => pick(RD.status, 'status', code),
    channelLabel: (code: string) => pick(RD.channel, 'channel', code),
    kindLabel: (realName: boolean) => t(realName ? 'reports.kind.realName' : 'reports.kind.anonymous'),
  }
}
