mod error_messages;
mod limits;
mod reexports;
mod vocabulary;
