import { NextResponse, type NextRequest } from "next/server";
import { nearestPlace } from "@/ingest/gazetteer";
import { errorResponse } from "../../respond";

/** GET /api/places/nearest?lon=&lat= → the gazetteer town or village nearest the point (within 30 km), or 404. */
export function GET(request: NextRequest) {
  const lon = Number(request.nextUrl.searchParams.get("lon"));
  const lat = Number(request.nextUrl.searchParams.get("lat"));
  if (!Number.isFinite(lon) || Math.abs(lon) > 180) return errorResponse(400, 'invalid parameter "lon": expected a longitude in degrees');
  if (!Number.isFinite(lat) || Math.abs(lat) > 90) return errorResponse(400, 'invalid parameter "lat": expected a latitude in degrees');
  const place = nearestPlace(lon, lat);
  return place ? NextResponse.json(place) : errorResponse(404, "no town or village in the gazetteer within 30 km of that point");
}
