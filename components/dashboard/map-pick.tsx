"use client";

import { createContext, useContext } from "react";

/** Lets a form far from the map ask for one click on it: the map answers with [lon, lat]. */
export type RequestMapPick = (onPicked: (lonLat: [number, number]) => void) => void;

export const MapPickContext = createContext<RequestMapPick | null>(null);

export function useMapPick(): RequestMapPick | null {
  return useContext(MapPickContext);
}
