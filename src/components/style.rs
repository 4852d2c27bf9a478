//! The classes of the console's buttons and inputs, in one place.

pub const BUTTON: &str = "rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-60";
pub const DANGER_BUTTON: &str =
    "rounded-md bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-500 disabled:opacity-60";
pub const SMALL_BUTTON: &str = "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100";
pub const INPUT: &str = "rounded-md border border-slate-300 px-3 py-1.5 text-sm";
/// A white panel (sections, fieldsets, list items that stand alone).
pub const CARD: &str = "rounded-lg border border-slate-200 bg-white p-4";
/// The small uppercase title of a panel.
pub const CARD_TITLE: &str = "mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500";
/// A form's group of fields, and its legend.
pub const FIELDSET: &str = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";
pub const LEGEND: &str = "px-1 text-sm font-semibold text-slate-800";
