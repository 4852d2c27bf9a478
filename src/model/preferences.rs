//! What an operator chose for the console, kept per browser in cookies (set by
//! `GET /preferences`, read when the page is rendered): the theme and the language.

/// The cookie that holds the theme; absent: the browser's own preference.
pub const THEME_COOKIE: &str = "pooldesk_theme";
/// The cookie that holds the language; absent: the best of the browser's `Accept-Language`.
pub const LANG_COOKIE: &str = "pooldesk_lang";

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    /// The browser's (`prefers-color-scheme`).
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    /// The message that names it (`i18n`).
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "theme-system",
            Self::Light => "theme-light",
            Self::Dark => "theme-dark",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// The console's languages, each complete (`src/i18n/<key>/*.ftl`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    De,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::De, Lang::Ja];

    /// Its BCP 47 tag: the `lang` of the page, the name of its locale directory.
    pub fn key(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Ja => "ja",
        }
    }

    /// Its name in itself (a switch is read by someone who may not know the current language).
    pub fn label(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::De => "Deutsch",
            Self::Ja => "日本語",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.key() == key)
    }

    /// The best of an `Accept-Language` header (`de-CH,de;q=0.9,en;q=0.8`): the highest weight
    /// whose primary tag is one of ours; ties go to the first listed.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut best: Option<(Lang, f32)> = None;
        for item in header.split(',') {
            let mut parts = item.trim().split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            let primary = tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
            if let Some(lang) = Self::parse(&primary)
                && weight > 0.0
                && best.is_none_or(|(_, w)| weight > w)
            {
                best = Some((lang, weight));
            }
        }
        best.map(|(lang, _)| lang)
    }
}

/// The preferences a page is rendered with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Preferences {
    pub theme: Theme,
    pub lang: Lang,
}

impl Preferences {
    /// From the preference cookies' values (`THEME_COOKIE`, `LANG_COOKIE`) and the request's
    /// `Accept-Language`: a chosen language, else the browser's best, else English; anything
    /// unknown is the default.
    pub fn from_choices(theme: Option<&str>, lang: Option<&str>, accept_language: &str) -> Self {
        Self {
            theme: theme.and_then(Theme::parse).unwrap_or_default(),
            lang: lang
                .and_then(Lang::parse)
                .or_else(|| Lang::from_accept_language(accept_language))
                .unwrap_or_default(),
        }
    }
}

/// The link that sets `theme` and comes back to `here` (a path with its query).
pub fn theme_href(theme: Theme, here: &str) -> String {
    format!("/preferences?theme={}&back={}", theme.key(), super::encode(here))
}

/// The link that sets `lang` and comes back to `here`.
pub fn lang_href(lang: Lang, here: &str) -> String {
    format!("/preferences?lang={}&back={}", lang.key(), super::encode(here))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cookies are read by `server::preferences` (its tests); here, what they mean.
    #[test]
    fn the_links_come_back_to_the_page() {
        assert_eq!(
            theme_href(Theme::Dark, "/pools/x/users?q=a b"),
            "/preferences?theme=dark&back=%2Fpools%2Fx%2Fusers%3Fq%3Da+b"
        );
        assert_eq!(lang_href(Lang::De, "/pools"), "/preferences?lang=de&back=%2Fpools");
    }
}
