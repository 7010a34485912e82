"use client";

import type { ActorWithCount } from "@/db/queries/actors";
import type { Selection } from "../dashboard/url-state";
import { ArticlePanel } from "./article-panel";
import { EventPanel } from "./event-panel";
import { formatPublished } from "./format";
import { RegionPanel } from "./region-panel";

export interface ArticleSummary {
  id: number;
  title: string;
  outlet: string;
  published: string | null;
}

type Tab = "event" | "region" | "article";

/** The right-hand panel: the article when open, else the selected event or region, else a guide. */
export function SidePanel({
  selection,
  focusSpan,
  articles,
  actors,
  onSelectionChange,
  onSelectEventInArticle,
  onSelectRegion,
  regionsAt,
  onRedrawRegion,
  onDataChanged,
}: {
  selection: Selection;
  focusSpan?: { start: number; end: number };
  articles: { total: number; recent: ArticleSummary[] };
  actors: ActorWithCount[];
  onSelectionChange: (selection: Selection) => void;
  onSelectEventInArticle: (eventId: number) => void;
  onSelectRegion: (regionId: string) => void;
  /** The day whose region versions the map shows (the date range's end), if not today. */
  regionsAt: string | undefined;
  /** Starts redrawing a region from its version on the map; absent where the analyst may not (or is drawing). */
  onRedrawRegion?: (regionId: string, version: number) => void;
  /** Something was reviewed or added: the map and counts must refresh. */
  onDataChanged: () => void;
}) {
  const active: Tab | null = selection.article ? "article" : selection.event ? "event" : selection.region ? "region" : null;
  const tabs: { tab: Tab; label: string; selection: Selection }[] = [];
  if (selection.event) tabs.push({ tab: "event", label: "Event", selection: { event: selection.event } });
  if (selection.region) tabs.push({ tab: "region", label: "Region", selection: { region: selection.region } });
  if (selection.article) tabs.push({ tab: "article", label: "Article", selection });

  return (
    <aside className="side-panel" aria-label="Details" data-testid="side-panel">
      {active && (
        <div className="panel-tabs" role="tablist">
          {tabs.map(({ tab, label, selection: target }) => (
            <button key={tab} type="button" role="tab" aria-selected={tab === active} onClick={() => onSelectionChange(target)}>
              {label}
            </button>
          ))}
          <button type="button" className="close" onClick={() => onSelectionChange({})} aria-label="Close panel" data-testid="close-panel">
            ×
          </button>
        </div>
      )}
      {active === "article" && selection.article && (
        <ArticlePanel
          articleId={selection.article}
          selectedEventId={selection.event}
          focusSpan={focusSpan}
          actors={actors}
          onSelectEvent={onSelectEventInArticle}
          onSelectRegion={onSelectRegion}
          onEventAdded={(eventId) => {
            onDataChanged();
            onSelectionChange({ event: eventId });
          }}
        />
      )}
      {active === "event" && selection.event && (
        <EventPanel
          key={selection.event}
          eventId={selection.event}
          actors={actors}
          onChanged={onDataChanged}
          onShowInArticle={(articleId) => onSelectionChange({ event: selection.event, article: articleId })}
          onSelectRegion={onSelectRegion}
          onSelectEvent={(eventId) => onSelectionChange({ event: eventId })}
        />
      )}
      {active === "region" && selection.region && (
        <RegionPanel
          regionId={selection.region}
          at={regionsAt}
          onOpenMention={(articleId) => onSelectionChange({ article: articleId })}
          onRedraw={onRedrawRegion}
        />
      )}
      {!active && (
        <div className="panel-body" data-testid="panel-guide">
          <h2>Details</h2>
          <p className="muted">Select a marker or a region on the map, or an event in the list, to see its sources.</p>
          <h3>
            {articles.total > articles.recent.length
              ? `The ${articles.recent.length} newest of ${articles.total.toLocaleString("en")} articles`
              : "Articles"}
          </h3>
          {articles.total > articles.recent.length && <p className="muted">Search (above) finds any article by its words.</p>}
          {articles.recent.length ? (
            <ul className="article-list">
              {articles.recent.map((article) => (
                <li key={article.id}>
                  <button type="button" className="link" onClick={() => onSelectionChange({ article: article.id })}>
                    {article.title}
                  </button>
                  <div className="muted">
                    {article.outlet}, {formatPublished(article.published)}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No articles stored yet.</p>
          )}
        </div>
      )}
    </aside>
  );
}
