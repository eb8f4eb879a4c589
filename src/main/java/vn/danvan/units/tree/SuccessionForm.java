package vn.danvan.units.tree;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.danvan.units.UnitKind;

/**
 * The merge or split form as posted: unit ids typed as lists ("12, 15"), an optional new
 * target unit, the ids whose links are partial, and whether the summary was confirmed.
 */
record SuccessionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String sources, String targets,
		Boolean createTarget, String newCode, String newName, String newFullName, UnitKind newKind, Long newParentId,
		String partial, Boolean newPartial, Boolean confirmed) {

	boolean creating() {
		return Boolean.TRUE.equals(this.createTarget);
	}

	boolean newTargetPartial() {
		return Boolean.TRUE.equals(this.newPartial);
	}

	boolean isConfirmed() {
		return Boolean.TRUE.equals(this.confirmed);
	}

	static SuccessionForm from(Long unitId) {
		return new SuccessionForm(null, (unitId != null) ? unitId.toString() : "", "", false, "", "", "", null, null,
				"", false, false);
	}

}
