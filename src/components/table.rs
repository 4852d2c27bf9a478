//! The console's data table: bordered, scrolling sideways on narrow screens, with a header row.

use leptos::prelude::*;

/// One header cell.
#[derive(Clone)]
pub struct Col {
    label: String,
    right: bool,
    hidden: bool,
}

/// A header cell whose words are the message `key` in the page's language.
pub fn col_t(key: &str) -> Col {
    Col { label: crate::i18n::t(key), right: false, hidden: false }
}

impl Col {
    /// Right-aligned (numbers).
    pub fn right(self) -> Self {
        Self { right: true, ..self }
    }

    /// Read by screen readers only (a column of checkboxes).
    pub fn hidden(self) -> Self {
        Self { hidden: true, ..self }
    }
}

/// `name` becomes `data-table`, for tests and styling; the rows are the children. On a narrow
/// screen the table scrolls sideways: its box is a named region a keyboard can reach and scroll,
/// named `table-<name>` in `i18n/*/frame.ftl` ("users table").
#[component]
pub fn DataTable(name: &'static str, columns: Vec<Col>, children: Children) -> impl IntoView {
    let label = crate::i18n::t(&format!("table-{name}"));
    view! {
        <div class="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label=label tabindex="0">
            <table class="min-w-full divide-y divide-slate-200 text-sm" data-table=name>
                <thead class="bg-slate-50 text-left text-slate-600">
                    <tr>
                        {columns.into_iter().map(|c| {
                            let class = if c.right { "px-4 py-2 text-right font-medium" } else { "px-4 py-2 font-medium" };
                            view! {
                                <th scope="col" class=class>
                                    {if c.hidden {
                                        view! { <span class="sr-only">{c.label}</span> }.into_any()
                                    } else {
                                        c.label.into_any()
                                    }}
                                </th>
                            }
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody class="divide-y divide-slate-100">{children()}</tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use crate::model::preferences::Lang;

    /// Every table the pages make has its name in each language.
    #[test]
    fn every_table_has_its_name_in_each_language() {
        let mut names = Vec::new();
        for (_, source) in crate::i18n::sources() {
            for (at, _) in source.match_indices("<DataTable name=\"") {
                let rest = &source[at + "<DataTable name=\"".len()..];
                names.push(rest[..rest.find('"').unwrap()].to_string());
            }
        }
        assert!(names.len() > 10, "{names:?}");
        let unworded = crate::i18n::unworded(names.iter().map(|name| format!("table-{name}")));
        assert!(unworded.is_empty(), "{unworded:?}");
        assert_eq!(crate::i18n::text(Lang::En, "table-job-items", &[]), "job items table");
    }
}
