"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { isRegionVisible, NO_FILTERS, writeEventFilters, type EventFilters } from "@/lib/event-filters";
import type { ActorWithCount } from "@/db/queries/actors";
import type { EventView } from "@/db/queries/event-view";
import { regionColour } from "@/geo/region-colour";
import type { RegionFeature, RegionId } from "@/geo/types";
import { Legend } from "../map/legend";
import { MapView, type FocusRequest, type MapExtent, type RegionDisplayCollection, type RegionLabelCollection } from "../map/map-view";
import { Timeline } from "../timeline/timeline";
import { ActorFilter } from "../panels/actor-filter";
import Link from "next/link";
import { AddArticleForm } from "../panels/add-article-form";
import { ImportForm } from "../panels/import-form";
import { SaveBriefingForm } from "../panels/save-briefing-form";
import { MapPickContext, type RequestMapPick } from "./map-pick";
import { SearchBox } from "./search-box";
import { useCanWrite } from "./session";
import { EventList } from "../panels/event-list";
import { MoreFilters } from "../panels/more-filters";
import { SidePanel, type ArticleSummary } from "../panels/side-panel";
import { useJson } from "./use-json";
import { onlyActor, type MapViewState } from "./url-state";
import { useUrlState } from "./use-url-state";
import type { SearchResult } from "@/db/queries/search";

/** Whose name is placed first when region labels collide: held areas before zones. */
const LABEL_PRIORITY: Record<RegionFeature["properties"]["kind"], number> = { "control-area": 0, "border-zone": 1, buffer: 2 };

const NO_FEATURES = { type: "FeatureCollection" as const, features: [] };
const EMPTY_VIEW: EventView = { total: 0, events: NO_FEATURES, clusters: NO_FEATURES };

/** A region as the dashboard receives it: its feature and where to write its name. */
export interface DashboardRegion {
  feature: RegionFeature;
  labelPoint: [number, number];
}

export interface DashboardProps {
  actors: ActorWithCount[];
  regions: DashboardRegion[];
  /** The newest articles, and the number stored. */
  articles: { total: number; recent: ArticleSummary[] };
  /** The query string the page was opened with: the state to restore. */
  initialQuery: string;
  basemapStyleUrl: string | null;
}

/** Where an event stands, if the filters show it (null when they hide it, or it is gone). */
async function findEventUnderFilters(id: number, filters: EventFilters): Promise<{ lon: number; lat: number } | null> {
  const response = await fetch(`/api/events/${id}?${writeEventFilters(filters)}`);
  if (!response.ok) return null;
  const { lon, lat, matchesFilters } = (await response.json()) as { lon: number; lat: number; matchesFilters: boolean };
  return matchesFilters ? { lon, lat } : null;
}

/** GET /api/regions?at= : the regions as they stood on a day, with where to write their names. */
interface RegionsAt {
  features: RegionFeature[];
  labelPoints: Record<string, [number, number]>;
}

export function Dashboard({ actors, regions: currentRegions, articles, initialQuery, basemapStyleUrl }: DashboardProps) {
  const { initialView, filters, setFilters, selection, setSelection, problems, setProblems, setView } = useUrlState(initialQuery);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [hiddenNotice, setHiddenNotice] = useState(false);
  const [addingArticle, setAddingArticle] = useState(false);
  const [savingBriefing, setSavingBriefing] = useState(false);
  const [importing, setImporting] = useState(false);
  // The sentence a search result opened, marked in the article until the selection changes.
  const [focusSpan, setFocusSpan] = useState<{ articleId: number; start: number; end: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const router = useRouter();
  const canWrite = useCanWrite();
  // A form waiting for a click on the map (place picking); the map calls it once, then forgets it.
  const [pendingPick, setPendingPick] = useState<{ onPicked: (lonLat: [number, number]) => void } | null>(null);
  const requestMapPick = useCallback<RequestMapPick>((onPicked) => setPendingPick({ onPicked }), []);
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

  // The map asks for its view only (events, or clusters when too many): never the whole database.
  const [extent, setExtent] = useState<MapExtent | null>(null);
  const viewUrl = extent && `/api/events/view?${writeEventFilters({ ...filters, bbox: extent.bbox })}&zoom=${extent.zoom}`;
  const [viewState, retryEvents] = useJson<EventView>(viewUrl);
  // Keep the last answer on the map while the next one loads, so markers do not blink.
  const shown = viewState.status === "ready" ? viewState.data : (viewState.status === "loading" && viewState.previous) || EMPTY_VIEW;
  const events = shown.events;

  // With a date range, the map shows each region as it stood at the range's end.
  const [regionsAtState] = useJson<RegionsAt>(filters.to ? `/api/regions?at=${filters.to}` : null);
  const regionsAt =
    regionsAtState.status === "ready" ? regionsAtState.data : regionsAtState.status === "loading" ? regionsAtState.previous : undefined;
  const regions = useMemo(
    () =>
      filters.to && regionsAt
        ? regionsAt.features.map((feature) => ({ feature, labelPoint: regionsAt.labelPoints[feature.properties.id] }))
        : currentRegions,
    [filters.to, regionsAt, currentRegions],
  );
  const regionNames = useMemo(
    () => Object.fromEntries(regions.map(({ feature }) => [feature.properties.id, feature.properties.name])),
    [regions],
  );
  const actorColour = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.colour])), [actors]);
  const [regionsShown, regionLabels] = useMemo((): [RegionDisplayCollection, RegionLabelCollection] => {
    const shown = regions.filter(({ feature }) => isRegionVisible(filters, feature.properties.controllingActor));
    const colourOf = ({ properties }: RegionFeature) =>
      regionColour(properties.kind, properties.controllingActor ? actorColour.get(properties.controllingActor) : null);
    return [
      {
        type: "FeatureCollection",
        features: shown.map(({ feature }) => ({
          type: "Feature",
          id: feature.properties.id,
          geometry: feature.geometry,
          properties: {
            id: feature.properties.id,
            label: feature.properties.name,
            status: feature.properties.status,
            colour: colourOf(feature),
          },
        })),
      },
      {
        type: "FeatureCollection",
        features: shown.map(({ feature, labelPoint }) => ({
          type: "Feature",
          geometry: { type: "Point", coordinates: labelPoint },
          properties: { label: feature.properties.name, colour: colourOf(feature), priority: LABEL_PRIORITY[feature.properties.kind] },
        })),
      },
    ];
  }, [regions, filters, actorColour]);

  const flyToEvent = useCallback(
    (id: number) => {
      const feature = events.features.find((candidate) => candidate.properties.id === id);
      if (feature) {
        setHiddenNotice(false);
        const [lon, lat] = feature.geometry.coordinates;
        return setFocus({ lon, lat, nonce: Date.now() });
      }
      // Outside this view (or hidden): ask whether it matches the filters where it stands.
      void findEventUnderFilters(id, filters).then((point) => {
        setHiddenNotice(!point);
        if (point) setFocus({ ...point, nonce: Date.now() });
      });
    },
    [events, filters],
  );

  const selectEventFromMap = useCallback((id: number) => setSelection({ event: id }), [setSelection]);
  const selectEventFromList = useCallback(
    (id: number) => {
      setSelection({ event: id });
      flyToEvent(id);
    },
    [flyToEvent, setSelection],
  );
  const selectEventInArticle = useCallback(
    (id: number) => {
      setSelection((current) => ({ ...current, event: id, region: undefined }));
      flyToEvent(id);
    },
    [flyToEvent, setSelection],
  );
  const openSearchResult = useCallback(
    (result: SearchResult) => {
      if (result.kind === "event" && result.eventId) selectEventFromList(result.eventId);
      else if (result.kind === "sentence" && result.articleId) {
        setFocusSpan({ articleId: result.articleId, start: result.start!, end: result.end! });
        setSelection({ article: result.articleId });
      } else if (result.kind === "actor" && result.actorId) setFilters((current) => onlyActor(current, result.actorId!));
      else if (result.kind === "place" && result.lon !== undefined && result.lat !== undefined)
        setFocus({ lon: result.lon, lat: result.lat, nonce: Date.now() });
    },
    [selectEventFromList, setFilters, setSelection],
  );
  const selectRegion = useCallback((id: string) => setSelection({ region: id as RegionId }), [setSelection]);
  const resetFilters = useCallback(() => setFilters(NO_FILTERS), [setFilters]);
  // After a review or a new article: refetch the events, and let the server recount actors and articles.
  // The timeline is remounted on new data (its own fetch has no other reason to run again).
  const [dataVersion, setDataVersion] = useState(0);
  const refreshData = useCallback(() => {
    retryEvents();
    setDataVersion((version) => version + 1);
    router.refresh();
  }, [retryEvents, router]);
  const onViewChange = useCallback(
    (next: MapViewState, nextExtent: MapExtent) => {
      setView(next);
      setExtent(nextExtent);
    },
    [setView],
  );

  useEffect(() => {
    const onKey = (keyEvent: KeyboardEvent) => {
      if (keyEvent.key === "Escape") setSelection({});
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [setSelection]);

  return (
    <MapPickContext.Provider value={requestMapPick}>
      <div className="dashboard">
        <header className="app-header">
          <h1>Geobrief</h1>
          <SearchBox onOpen={openSearchResult} />
          <p className="muted">
            Türkiye–Syria–Israel theatre · {articles.total.toLocaleString("en")} article{articles.total === 1 ? "" : "s"} · offline map
          </p>
          <nav className="header-actions" aria-label="Actions">
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
          <MoreFilters filters={filters} regionNames={regionNames} onChange={setFilters} />
          <EventList
            view={viewState}
            filterQuery={writeEventFilters(filters).toString()}
            viewQuery={extent ? writeEventFilters({ ...filters, bbox: extent.bbox }).toString() : null}
            selectedEventId={selection.event}
            onSelect={selectEventFromList}
            onResetFilters={resetFilters}
            onRetry={retryEvents}
          />
        </nav>
        <main className="map-area">
          <MapView
            basemapStyleUrl={basemapStyleUrl}
            initialView={initialView}
            regions={regionsShown}
            regionLabels={regionLabels}
            events={events}
            clusters={shown.clusters}
            eventsPending={viewState.status !== "ready" && viewState.status !== "error"}
            selectedEventId={selection.event}
            selectedRegionId={selection.region}
            focus={focus}
            onSelectEvent={selectEventFromMap}
            onSelectRegion={selectRegion}
            onViewChange={onViewChange}
            onPick={onPick}
          />
          {pendingPick && (
            <div className="map-notice" role="status" data-testid="pick-notice">
              Click the map to pick the event’s place.{" "}
              <button type="button" className="link" onClick={() => setPendingPick(null)}>
                Cancel
              </button>
            </div>
          )}
          <Legend />
          {hiddenNotice && (
            <div className="map-notice" role="status" data-testid="hidden-event-notice">
              That event is hidden by the current filters.{" "}
              <button
                type="button"
                className="link"
                onClick={() => {
                  resetFilters();
                  setHiddenNotice(false);
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
          onSelectEventInArticle={selectEventInArticle}
          onSelectRegion={selectRegion}
          regionsAt={filters.to}
          actors={actors}
          onDataChanged={refreshData}
        />
      </div>
    </MapPickContext.Provider>
  );
}
