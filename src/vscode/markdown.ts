// Markdown for hovers and tooltips: document text is always escaped, and links run only our commands.

/** Backslash-escapes everything Markdown (or HTML inside it, or a $(icon)) could read as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&:"'$]/g, '\\$&');
}

/** A Markdown link that runs a command with JSON arguments (the hover must enable that command). */
export function commandLink(label: string, command: string, args: unknown[], tooltip?: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  return `[${label}](${uri}${tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : ''})`;
}
