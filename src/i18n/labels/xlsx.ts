/** Messages of the .xlsx reader (src/data/xlsx.ts). */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'xlsx.corrupt': { en: '{file} is not a readable .xlsx workbook (the archive is damaged or incomplete); open and save it again in Excel, or save it as CSV.', zh: '{file} 不是可读取的 .xlsx 工作簿（压缩包已损坏或不完整）；请在 Excel 中打开后重新保存，或另存为 CSV。' },
  'xlsx.encrypted': { en: '{file} is a password-protected workbook; remove the password in Excel (File > Info > Protect Workbook) or save it as CSV.', zh: '{file} 是受密码保护的工作簿；请在 Excel 中取消密码（文件 > 信息 > 保护工作簿），或另存为 CSV。' },
  'xlsx.legacyXls': {
    en: '{file} is a legacy Excel 97-2003 .xls workbook, which csat does not read; open it in Excel or WPS and save it as .xlsx or CSV, or convert it with: soffice --headless --convert-to xlsx {file}',
    zh: '{file} 是旧版 Excel 97-2003 .xls 工作簿，csat 不读取此格式；请在 Excel 或 WPS 中打开并另存为 .xlsx 或 CSV，或用以下命令转换：soffice --headless --convert-to xlsx {file}',
  },
  'xlsx.noSheet': { en: '{file} has no sheet "{sheet}"; its sheets are: {sheets}.', zh: '{file} 中没有工作表“{sheet}”；其工作表为：{sheets}。' },
  'xlsx.emptySheet': { en: 'Sheet "{sheet}" of {file} is empty.', zh: '{file} 的工作表“{sheet}”是空的。' },
};
