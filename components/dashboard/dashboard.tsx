"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { NO_FILTERS, writeEventFilters } from "@/lib/event-filters";
import type { ActorWithCount } from "@/db/queries/actors";
import { Legend } from "../map/legend";
import { MapView, type MapExtent } from "../map/map-view";
import type { PlacedRegion } from "../map/region-layers";
import { Timeline } from "../timeline/timeline";
import { ActorFilter } from "../panels/actor-filter";
import { AddArticleForm } from "../panels/add-article-form";
import { DrawRegionPanel } from "../panels/draw-region-panel";
import { DraftQueue } from "../panels/draft-queue";
import { EventList } from "../panels/event-list";
import { ImportForm } from "../panels/import-form";
import { MoreFilters } from "../panels/more-filters";
import { FrontLineComparison } from "../panels/front-line-comparison";
import { SaveBriefingForm } from "../panels/save-briefing-form";
import { SidePanel, type ArticleSummary } from "../panels/side-panel";
import { drawnParts } from "@/geo/drawn-area";
import { CiteSentenceContext, useDrawingSession } from "./drawing-session";
import { MapPickContext, type RequestMapPick } from "./map-pick";
import { SearchBox } from "./search-box";
import { useCanWrite } from "./session";
import type { MapViewState } from "./url-state";
import { useSelection } from "./use-selection";
import { useUrlState } from "./use-url-state";
import { useViewData } from "./use-view-data";
import { useJson } from "./use-json";
import type { RegionChangesAnswer } from "@/geo/region-changes";

const NO_CHANGES: RegionChangesAnswer = { type: "FeatureCollection", features: [], summary: [] };

/** On a phone the rail and the side panel are sheets over the map, one open at a time (app/globals.css). */
type Sheet = "rail" | "panel" | null;

export interface DashboardProps {
  actors: ActorWithCount[];
  regions: PlacedRegion[];
  /** The newest articles, and the number stored. */
  articles: { total: number; recent: ArticleSummary[] };
  /** The query string the page was opened with: the state to restore. */
  initialQuery: string;
  basemapStyleUrl: string | null;
}

export function Dashboard({ actors, regions: currentRegions, articles, initialQuery, basemapStyleUrl }: DashboardProps) {
  const { initialView, filters, setFilters, selection, setSelection, comparison, setComparison, problems, setProblems, setView } =
    useUrlState(initialQuery);
  const [changes, retryChanges] = useJson<RegionChangesAnswer>(
    comparison ? `/api/regions/changes?from=${comparison.from}&to=${comparison.to}` : null,
  );
  const changedGround = useMemo(() => (comparison && changes.status === "ready" ? changes.data : NO_CHANGES), [comparison, changes]);
  const { setExtent, extent, viewState, shown, retryEvents, regionNames, regionLayers } = useViewData(filters, currentRegions, actors);
  const storedRegionNames = useMemo(
    () => Object.fromEntries(currentRegions.map(({ feature }) => [feature.properties.id, feature.properties.name])),
    [currentRegions],
  );
  const events = shown.events;
  const { focus, focusSpan, hiddenNotice, dismissHiddenNotice, markerOf, ...select } = useSelection({
    events,
    filters,
    setFilters,
    setSelection,
  });
  const [addingArticle, setAddingArticle] = useState(false);
  const [savingBriefing, setSavingBriefing] = useState(false);
  const [importing, setImporting] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const [sheet, setSheet] = useState<Sheet>(null);
  const [message, setMessage] = useState<string | null>(null);
  const router = useRouter();
  const canWrite = useCanWrite();
  const drawing = useDrawingSession();
  const startRedraw = useCallback(
    (regionId: string, version: number) => {
      const region = currentRegions.find(({ feature }) => feature.properties.id === regionId);
      if (region)
        drawing.start({
          regionId,
          regionName: region.feature.properties.name,
          baseVersion: version,
          initial: drawnParts(region.feature.geometry),
        });
    },
    [currentRegions, drawing],
  );
  // The region being redrawn is left to the drawing, not drawn twice.
  const regionAreas = useMemo(() => {
    const redrawn = drawing.target?.regionId;
    return redrawn
      ? { ...regionLayers.areas, features: regionLayers.areas.features.filter((feature) => feature.properties.id !== redrawn) }
      : regionLayers.areas;
  }, [regionLayers.areas, drawing.target]);
  // A form waiting for a click on the map (place picking); the map calls it once, then forgets it.
  const [pendingPick, setPendingPick] = useState<{ onPicked: (lonLat: [number, number]) => void } | null>(null);
  const requestMapPick = useCallback<RequestMapPick>((onPicked) => {
    setSheet(null);
    setPendingPick({ onPicked });
  }, []);
  const onPick = useMemo(
    () =>
      pendingPick
        ? (lonLat: [number, number]) => {
            setPendingPick(null);
            pendingPick.onPicked(lonLat);
          }
        : null,
    [pendingPick],
  );
  // Something chosen opens its panel's sheet on a phone; closing the selection closes it.
  const selected = Boolean(selection.event ?? selection.article ?? selection.region);
  // (Adjusted while rendering, as React advises for state that follows a prop, not in an effect.)
  const [sheetFollows, setSheetFollows] = useState(selection);
  if (sheetFollows !== selection) {
    setSheetFollows(selection);
    setSheet(selected ? "panel" : sheet === "panel" ? null : sheet);
  }
  const toggleSheet = (next: Exclude<Sheet, null>) => setSheet((current) => (current === next ? null : next));
  const resetFilters = useCallback(() => setFilters(NO_FILTERS), [setFilters]);
  // After a review or a new article: refetch the events, and let the server recount actors and articles.
  // The timeline is remounted on new data (its own fetch has no other reason to run again).
  const [dataVersion, setDataVersion] = useState(0);
  const queryClient = useQueryClient();
  const refreshData = useCallback(() => {
    // Every read of the API (the view, the draft queue, a panel) is asked again.
    void queryClient.invalidateQueries();
    setDataVersion((version) => version + 1);
    router.refresh();
  }, [queryClient, router]);
  const onViewChange = useCallback(
    (next: MapViewState, nextExtent: MapExtent) => {
      setView(next);
      setExtent(nextExtent);
    },
    [setView, setExtent],
  );

  const theatreLine = `Türkiye–Syria–Israel theatre · ${articles.total.toLocaleString("en")} article${articles.total === 1 ? "" : "s"} · offline map`;
  return (
    <MapPickContext.Provider value={requestMapPick}>
      <CiteSentenceContext.Provider value={drawing.target ? drawing.citeSentence : null}>
        <div className="dashboard" data-sheet={sheet ?? undefined}>
          <header className="app-header">
            <h1>Geobrief</h1>
            <SearchBox onOpen={select.openSearchResult} />
            <p className="muted" title={theatreLine}>
              {theatreLine}
            </p>
            <button
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="header-actions"
              onClick={() => setMenuOpen((open) => !open)}
              data-testid="open-menu"
            >
              Menu
            </button>
            <nav
              id="header-actions"
              className="header-actions"
              data-open={menuOpen}
              aria-label="Actions"
              onClick={() => setMenuOpen(false)}
            >
              {canWrite && (
                <>
                  <button type="button" className="header-button" onClick={() => setAddingArticle(true)} data-testid="open-add-article">
                    Add article
                  </button>
                  <button type="button" className="header-button" onClick={() => setSavingBriefing(true)} data-testid="open-save-briefing">
                    Save briefing
                  </button>
                  <button type="button" className="header-button" onClick={() => setImporting(true)} data-testid="open-import">
                    Import
                  </button>
                  <button
                    type="button"
                    className="header-button"
                    disabled={Boolean(drawing.target)}
                    onClick={() => drawing.start({ regionId: null, regionName: "", baseVersion: null, initial: { add: [], cut: [] } })}
                    data-testid="open-draw-region"
                  >
                    Draw region
                  </button>
                </>
              )}
              <Link href="/briefings">Briefings</Link>
            </nav>
          </header>
          {savingBriefing && (
            <SaveBriefingForm
              selectedEventId={selection.event}
              onClose={() => setSavingBriefing(false)}
              onSaved={(id) => router.push(`/briefings/${id}`)}
            />
          )}
          {importing && (
            <ImportForm
              actors={actors}
              onClose={() => setImporting(false)}
              onImported={(text) => {
                setMessage(text);
                refreshData();
              }}
            />
          )}
          {addingArticle && (
            <AddArticleForm
              onClose={() => setAddingArticle(false)}
              onStored={(articleId, text) => {
                setAddingArticle(false);
                setMessage(text);
                setSelection({ article: articleId });
                refreshData();
              }}
            />
          )}
          <div className="notices">
            {problems.length > 0 && (
              <div className="notice" role="alert" data-testid="url-notice">
                Parts of this link were not understood and were ignored: {problems.join("; ")}.
                <button type="button" className="link" onClick={() => setProblems([])}>
                  Dismiss
                </button>
              </div>
            )}
            {message && (
              <div className="notice" role="status" data-testid="message">
                {message}{" "}
                <button type="button" className="link" onClick={() => setMessage(null)}>
                  Dismiss
                </button>
              </div>
            )}
          </div>
          <nav className="rail" aria-label="Filters and events">
            <ActorFilter actors={actors} filters={filters} onChange={setFilters} onReset={resetFilters} />
            <MoreFilters filters={filters} regionNames={regionNames} storedRegionNames={storedRegionNames} onChange={setFilters} />
            <FrontLineComparison
              comparison={comparison}
              timelineRange={filters.from && filters.to && filters.from < filters.to ? { from: filters.from, to: filters.to } : null}
              changes={changes}
              onChange={setComparison}
              onRetry={retryChanges}
            />
            <DraftQueue
              filterQuery={writeEventFilters(filters).toString()}
              selectedEventId={selection.event}
              onSelect={select.selectEventFromList}
            />
            <EventList
              view={viewState}
              filterQuery={writeEventFilters(filters).toString()}
              viewQuery={extent ? writeEventFilters({ ...filters, bbox: extent.bbox }).toString() : null}
              selectedEventId={selection.event}
              onSelect={select.selectEventFromList}
              onResetFilters={resetFilters}
              onRetry={retryEvents}
            />
          </nav>
          <main className="map-area">
            <MapView
              basemapStyleUrl={basemapStyleUrl}
              initialView={initialView}
              regions={regionAreas}
              regionLabels={regionLayers.labels}
              regionChanges={changedGround}
              events={events}
              clusters={shown.clusters}
              eventsPending={viewState.status !== "ready" && viewState.status !== "error"}
              selectedEventId={markerOf(selection.event)}
              selectedRegionId={selection.region}
              focus={focus}
              onSelectEvent={select.selectEventFromMap}
              onSelectRegion={select.selectRegion}
              onViewChange={onViewChange}
              onPick={onPick}
              drawing={drawing.spec}
              drawingProblemAt={drawing.problemAt}
            />
            {drawing.target && (
              <DrawRegionPanel
                session={drawing}
                actors={actors}
                onSaved={(regionId, version) => {
                  setMessage(`Saved version ${version} of ${regionId}.`);
                  setSelection({ region: regionId });
                  refreshData();
                }}
              />
            )}
            {pendingPick && (
              <div className="map-notice" role="status" data-testid="pick-notice">
                Click the map to pick the event’s place.{" "}
                <button type="button" className="link" onClick={() => setPendingPick(null)}>
                  Cancel
                </button>
              </div>
            )}
            <Legend />
            <div className="sheet-buttons" role="group" aria-label="Open">
              <button type="button" aria-pressed={sheet === "rail"} onClick={() => toggleSheet("rail")} data-testid="open-rail-sheet">
                Filters &amp; events
              </button>
              <button type="button" aria-pressed={sheet === "panel"} onClick={() => toggleSheet("panel")} data-testid="open-panel-sheet">
                {selected ? "Details" : "Articles"}
              </button>
            </div>
            {hiddenNotice && (
              <div className="map-notice" role="status" data-testid="hidden-event-notice">
                That event is hidden by the current filters.{" "}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    resetFilters();
                    dismissHiddenNotice();
                  }}
                >
                  Reset filters
                </button>
              </div>
            )}
          </main>
          <Timeline key={dataVersion} filters={filters} onChange={setFilters} />
          <SidePanel
            selection={selection}
            focusSpan={focusSpan && focusSpan.articleId === selection.article ? focusSpan : undefined}
            articles={articles}
            onSelectionChange={setSelection}
            onSelectEventInArticle={select.selectEventInArticle}
            onSelectRegion={select.selectRegion}
            regionsAt={filters.to}
            onRedrawRegion={canWrite && !drawing.target ? startRedraw : undefined}
            actors={actors}
            onDataChanged={refreshData}
          />
        </div>
      </CiteSentenceContext.Provider>
    </MapPickContext.Provider>
  );
}
