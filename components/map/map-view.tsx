"use client";

import * as maplibregl from "maplibre-gl";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { EventMarkerProps } from "@/db/queries/events";
import type { ClusterProps } from "@/db/queries/event-view";
import type { Area, BoundingBox, FeatureCollection, Point } from "@/geo/types";
import type { RegionChangeProps } from "@/geo/region-changes";
import type { RegionDisplayCollection, RegionLabelCollection } from "./region-layers";
import type { MapViewState } from "../dashboard/url-state";
import { useRegionDrawing, type RegionDrawingSpec } from "./use-region-drawing";
import { PATTERN_IMAGE_PREFIX, PATTERN_PIXEL_RATIO, renderPatternImage, STATUS_PATTERNS } from "./status-patterns";
import { buildBasemapStyle } from "./basemap-style";
import { toEventMarkers } from "./event-markers";
import { MARKER_PIXEL_RATIO, renderMarkerImage, renderSelectionImage } from "./marker-images";
import {
  CLUSTERS_CIRCLES,
  CLUSTERS_SOURCE,
  EVENTS_MARKERS,
  EVENTS_SELECTED,
  EVENTS_SOURCE,
  REGION_CHANGES_SOURCE,
  REGION_LABELS_SOURCE,
  REGIONS_FILL,
  REGIONS_SOURCE,
  overlayLayers,
  SELECTION_IMAGE,
} from "./overlay-layers";

declare global {
  interface Window {
    /** The live map, for the browser suite and for analysts debugging in the console. */
    geobriefMap?: maplibregl.Map;
  }
}

/** The Türkiye–Syria theatre, from the Mediterranean coast to the Iraqi border. */
export const DEFAULT_VIEW: MapViewState = { zoom: 5.4, lat: 35.4, lon: 38.6 };

/** The part of the world on screen, for per-view event requests. */
export interface MapExtent {
  bbox: BoundingBox;
  zoom: number;
}

export interface FocusRequest {
  lon: number;
  lat: number;
  /** Changes on every request, so asking twice for the same place flies twice. */
  nonce: number;
}

interface MapViewProps {
  /** An online style to draw under the overlays instead of the offline basemap. */
  basemapStyleUrl: string | null;
  initialView: MapViewState | null;
  regions: RegionDisplayCollection;
  regionLabels: RegionLabelCollection;
  /** Ground gained and lost between two compared dates; empty when nothing is compared. */
  regionChanges: FeatureCollection<Area, RegionChangeProps>;
  events: FeatureCollection<Point, EventMarkerProps>;
  clusters: FeatureCollection<Point, ClusterProps>;
  /** While the view's events are being fetched: the map does not call itself ready. */
  eventsPending: boolean;
  selectedEventId: number | undefined;
  selectedRegionId: string | undefined;
  focus: FocusRequest | null;
  onSelectEvent: (id: number) => void;
  onSelectRegion: (id: string) => void;
  /** After every move (and once loaded): the view for the URL, the extent for the data. */
  onViewChange: (view: MapViewState, extent: MapExtent) => void;
  /** While set, the next click on the map picks a point instead of selecting. */
  onPick: ((lonLat: [number, number]) => void) | null;
  /** While set, the map is a drawing board for a region version: clicks draw, not select. */
  drawing: RegionDrawingSpec | null;
  /** Where the server found a drawing's problem ("crosses itself near …"): marked on the map. */
  drawingProblemAt: [number, number] | null;
}

function selectionFilter(id: number | undefined): maplibregl.FilterSpecification {
  return ["==", ["get", "id"], id ?? -1];
}

/**
 * Creates the MapLibre map once, feeds it regions and events as they change, and reports
 * clicks and moves. All drawing rules live in the style builders; this component only wires.
 */
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  // Set once the style and overlay layers exist; every effect below waits for it.
  const [ready, setReady] = useState(false);
  // Map event handlers are bound once; they read the newest props through this ref.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!container.current) return;
    const origin = window.location.origin;
    // The bundled worker cannot be loaded by URL; the build copies it to public/ (docs/architecture.md, "Stack notes").
    maplibregl.setWorkerUrl(`${origin}/maplibre-gl-worker.mjs`);
    const view = latest.current.initialView ?? DEFAULT_VIEW;
    const map = new maplibregl.Map({
      container: container.current,
      style: latest.current.basemapStyleUrl ?? buildBasemapStyle(origin),
      center: [view.lon, view.lat],
      zoom: view.zoom,
      attributionControl: false,
      // Keeps the drawn frame readable, for printing and for snapshots of the map.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    mapRef.current = map;
    window.geobriefMap = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: true }), "top-right");
    map.addControl(new maplibregl.ScaleControl({ unit: "metric", maxWidth: 140 }), "bottom-left");
    map.addControl(
      new maplibregl.AttributionControl({ compact: true, customAttribution: "Natural Earth · OCHA COD-AB · GeoNames" }),
      "bottom-right",
    );
    map.setMissingStyleImageResolver((id) => {
      const image = renderMarkerImage(id);
      if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: MARKER_PIXEL_RATIO });
    });

    map.on("load", () => {
      const empty = { type: "FeatureCollection" as const, features: [] };
      map.addImage(SELECTION_IMAGE, renderSelectionImage(), { pixelRatio: MARKER_PIXEL_RATIO });
      for (const [status, pattern] of Object.entries(STATUS_PATTERNS))
        map.addImage(`${PATTERN_IMAGE_PREFIX}${status}`, renderPatternImage(pattern), { pixelRatio: PATTERN_PIXEL_RATIO });
      map.addSource(REGIONS_SOURCE, { type: "geojson", data: empty, promoteId: "id" });
      map.addSource(REGION_LABELS_SOURCE, { type: "geojson", data: empty });
      map.addSource(REGION_CHANGES_SOURCE, { type: "geojson", data: empty });
      map.addSource(EVENTS_SOURCE, { type: "geojson", data: empty, promoteId: "id" });
      map.addSource(CLUSTERS_SOURCE, { type: "geojson", data: empty });
      for (const layer of overlayLayers()) map.addLayer(layer);
      setReady(true);
      reportView();
    });

    map.on("click", (event) => {
      const pick = latest.current.onPick;
      if (pick) return pick([event.lngLat.lng, event.lngLat.lat]);
      if (latest.current.drawing) return;
      const [marker] = map.queryRenderedFeatures(event.point, { layers: [EVENTS_MARKERS] });
      if (marker) return latest.current.onSelectEvent(Number(marker.properties.id));
      const [cluster] = map.queryRenderedFeatures(event.point, { layers: [CLUSTERS_CIRCLES] });
      if (cluster && cluster.geometry.type === "Point") {
        const [lon, lat] = cluster.geometry.coordinates;
        return map.flyTo({
          center: [lon, lat],
          zoom: Math.max(map.getZoom() + 2, Number(cluster.properties.expansionZoom)),
          essential: true,
        });
      }
      const [region] = map.queryRenderedFeatures(event.point, { layers: [REGIONS_FILL] });
      if (region) latest.current.onSelectRegion(String(region.properties.id));
    });
    for (const layer of [EVENTS_MARKERS, CLUSTERS_CIRCLES, REGIONS_FILL]) {
      map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
      map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
    }
    function reportView() {
      const { lng, lat } = map.getCenter();
      const bounds = map.getBounds();
      const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
      // Rounded so that a tiny drift of the view does not ask the server again.
      const round = (value: number) => Math.round(value * 1000) / 1000;
      const bbox: BoundingBox = [
        round(clamp(bounds.getWest(), 180)),
        round(clamp(bounds.getSouth(), 85)),
        round(clamp(bounds.getEast(), 180)),
        round(clamp(bounds.getNorth(), 85)),
      ];
      latest.current.onViewChange({ zoom: map.getZoom(), lat, lon: lng }, { bbox, zoom: Math.round(map.getZoom() * 10) / 10 });
    }
    map.on("moveend", reportView);

    return () => {
      setReady(false);
      if (window.geobriefMap === map) delete window.geobriefMap;
      map.remove();
      mapRef.current = null;
    };
  }, []);

  const {
    regions,
    regionLabels,
    regionChanges,
    events,
    clusters,
    selectedEventId,
    selectedRegionId,
    focus,
    onPick,
    drawing,
    drawingProblemAt,
  } = props;
  useRegionDrawing(mapRef, ready, drawing);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !drawingProblemAt) return;
    const marker = new maplibregl.Marker({ color: "#c0392b" }).setLngLat(drawingProblemAt).addTo(map);
    marker.getElement().dataset.testid = "drawing-problem";
    return () => void marker.remove();
  }, [ready, drawingProblemAt]);

  useEffect(() => {
    const canvas = mapRef.current?.getCanvas();
    if (canvas) canvas.style.cursor = onPick ? "crosshair" : "";
  }, [onPick]);
  const [eventsShown, setEventsShown] = useState<typeof events | null>(null);

  useEffect(() => {
    if (ready) mapRef.current?.getSource<maplibregl.GeoJSONSource>(REGIONS_SOURCE)?.setData(regions);
  }, [ready, regions]);

  useEffect(() => {
    if (ready) mapRef.current?.getSource<maplibregl.GeoJSONSource>(REGION_LABELS_SOURCE)?.setData(regionLabels);
  }, [ready, regionLabels]);

  useEffect(() => {
    if (ready) mapRef.current?.getSource<maplibregl.GeoJSONSource>(REGION_CHANGES_SOURCE)?.setData(regionChanges);
  }, [ready, regionChanges]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.getSource<maplibregl.GeoJSONSource>(EVENTS_SOURCE)?.setData(toEventMarkers(events));
    // Tells the browser suite (and any observer) when these events are on screen.
    map.once("idle", () => setEventsShown(events));
  }, [ready, events]);

  useEffect(() => {
    if (ready) mapRef.current?.getSource<maplibregl.GeoJSONSource>(CLUSTERS_SOURCE)?.setData(clusters);
  }, [ready, clusters]);

  useEffect(() => {
    if (ready) mapRef.current?.setFilter(EVENTS_SELECTED, selectionFilter(selectedEventId));
  }, [ready, selectedEventId]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !selectedRegionId) return;
    map.setFeatureState({ source: REGIONS_SOURCE, id: selectedRegionId }, { selected: true });
    return () => {
      if (map.getSource(REGIONS_SOURCE)) map.setFeatureState({ source: REGIONS_SOURCE, id: selectedRegionId }, { selected: false });
    };
  }, [ready, selectedRegionId]);

  useEffect(() => {
    const map = mapRef.current;
    if (focus && map) map.flyTo({ center: [focus.lon, focus.lat], zoom: Math.max(map.getZoom(), 6), essential: true });
  }, [focus]);

  return (
    <div
      ref={container}
      className="map"
      data-testid="map"
      data-map-ready={ready && !props.eventsPending && eventsShown === events ? "true" : "false"}
      data-event-count={eventsShown?.features.length ?? 0}
      data-cluster-count={props.clusters.features.length}
      role="region"
      aria-label="Map of regions and events"
    />
  );
}
