/**
 * Computed figures: the small API a registry module implements ({@link MeasureSource}) so
 * that reporting can fill an indicator from its records.
 */
package vn.danvan.shared.figures;
