/** Names of the source documents, for "where this answer comes from". */
import sourceList from '../../content/sources/sources.json';

const byId = new Map(sourceList.map((source) => [source.id, source]));

export function sourceTitle(id: string): string {
  return byId.get(id)?.title ?? id;
}
