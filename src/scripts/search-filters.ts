/**
 * Filter values as a person types them in a link: ?topic=storage,
 * ?topic=Volumes%20and%20storage, ?level=basic and ?kind=note all pick their
 * option, whatever the case. Options carry a short key (data-key), the one
 * links are written with.
 */
export function matchingOption(select: HTMLSelectElement, wanted: string): HTMLOptionElement | undefined {
  const want = normalise(wanted);
  if (!want) return undefined;
  return [...select.options].find((option) => option.value && [option.value, option.text, option.dataset['key'] ?? ''].some((name) => normalise(name) === want));
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}
