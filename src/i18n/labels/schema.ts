import type { Label } from '../index.js';

// `csat schema`.
export const labels: Record<string, Label> = {
  'schema.err.unknown': {
    en: "no JSON schema for '{name}'; csat schema has one for {known}",
    zh: "'{name}' 没有 JSON 模式；csat schema 提供以下命令的模式：{known}",
  },
};
