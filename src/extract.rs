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
            resolver: Resolver::new(&lexicon.entities, &lexicon.titles, &lexicon.cues),
            relations: RelationExtractor::new(&lexicon.cues),
        }
    }

    /// [`Extractor::new`], keeping the tables of `lexicon` instead of
    /// copying them: what a run that compiles one lexicon once does.
    pub fn from_lexicon(lexicon: Lexicon) -> Self {
        let (entities, titles, cues, by_id) = lexicon.into_parts();
        Self {
            relations: RelationExtractor::new(&cues),
            resolver: Resolver::from_tables(entities, titles, &cues, by_id),
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
