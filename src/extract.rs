//! The pipeline in one call: documents in, knowledge graph out.

use crate::document::Document;
use crate::entity::{DocEntities, Resolver};
use crate::graph::{GraphBuilder, KnowledgeGraph};
use crate::lexicon::Lexicon;
use crate::relation::{Relation, RelationExtractor};

/// Everything compiled once from a [`Lexicon`]; extraction is then a pure
/// function of the document (`&self`), safe to share between threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    resolver: Resolver,
    relations: RelationExtractor,
}

/// What the pipeline finds in one document.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// Entities, sentences and mentions.
    pub entities: DocEntities,
    /// Relations, in sentence order.
    pub relations: Vec<Relation>,
}

impl Extractor {
    /// Compile the matchers of `lexicon`.
    pub fn new(lexicon: &Lexicon) -> Self {
        Self {
            resolver: Resolver::new(&lexicon.entities, &lexicon.titles, &lexicon.cues)
                .with_groups(&lexicon.groups),
            relations: RelationExtractor::new(&lexicon.cues),
        }
    }

    /// [`Extractor::new`], keeping the tables of `lexicon` instead of
    /// copying them: what a run that compiles one lexicon once does.
    pub fn from_lexicon(lexicon: Lexicon) -> Self {
        let (entities, titles, cues, groups, by_id) = lexicon.into_parts();
        Self {
            relations: RelationExtractor::new(&cues),
            resolver: Resolver::from_tables(entities, titles, &cues, by_id).with_groups(&groups),
        }
    }

    /// Run steps 2 to 5 on one document.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let entities = self.resolver.resolve(doc);
        let relations = self.relations.extract(&doc.text, &entities);
        Extraction {
            entities,
            relations,
        }
    }

    /// Count the names near relation cues that no dictionary knows.
    pub fn add_gaps(&self, doc: &Document, report: &mut crate::relation::gaps::GapReport) {
        let entities = self.resolver.resolve(doc);
        report.add(&self.relations, &doc.text, &entities, |name| {
            self.resolver.knows(name)
        });
    }

    /// Run the whole pipeline on `documents`.
    pub fn build<'d>(&self, documents: impl IntoIterator<Item = &'d Document>) -> KnowledgeGraph {
        let mut builder = GraphBuilder::new();
        for doc in documents {
            let extraction = self.extract(doc);
            builder.add(doc, &extraction.entities, &extraction.relations);
        }
        builder.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `from_lexicon` keeps the lexicon's tables and id index where `new`
    /// copies the tables and indexes the ids again: the same graphs, with
    /// the built-in tables alone and with a user row that adds aliases to
    /// a built-in entity (merged by id, which both indexes must agree on)
    /// and one that adds a new entity.
    #[test]
    fn from_lexicon_extracts_what_new_does() {
        let user = format!(
            "{}\nUSA\tcountry\tUnited States\tFreedonia\t\t\t\nzz\torganization\tZeta Council\tZC\t\t\tUSA\n",
            crate::lexicon::ENTITY_HEADER
        );
        let docs = [
            Document::new(
                "a",
                "The United States imposed sanctions on Iran. Freedonia and the ZC met in Washington.",
            ),
            Document::new(
                "b",
                "Russia invaded Ukraine. The Zeta Council condemned Russia.",
            ),
        ];
        for with_user in [false, true] {
            let lexicon = || {
                let mut lexicon = Lexicon::builtin();
                if with_user {
                    lexicon.add_table("user.tsv", &user).unwrap();
                }
                lexicon
            };
            let copied = Extractor::new(&lexicon()).build(&docs);
            let kept = Extractor::from_lexicon(lexicon()).build(&docs);
            let json = crate::export::json::to_json(&kept);
            assert_eq!(
                crate::export::json::to_json(&copied),
                json,
                "with the user table: {with_user}"
            );
            // The user rows name entities (not only words of the evidence).
            let named = |name: &str| {
                kept.nodes
                    .iter()
                    .any(|n| n.label == name || n.aliases.iter().any(|a| a == name))
            };
            assert_eq!(named("Freedonia"), with_user);
            assert_eq!(kept.nodes.iter().any(|n| n.id == "zz"), with_user);
        }
    }
}
