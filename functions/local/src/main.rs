//! The `plaintes` command: the whole system on one machine.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand};
use plaintes_core::access::Role;
use plaintes_core::ports::FixedClock;
use plaintes_core::{french, Organisation};
use plaintes_local::accounts::PASSWORD_MIN;
use plaintes_local::sessions::LocalSessions;
use plaintes_local::{serve, Backends, MailerKind, SqliteStore, StoreKind};
use serde::Serialize;

#[derive(Parser)]
#[command(
    name = "plaintes",
    version,
    about = "Le système de gestion des plaintes, sur ce poste."
)]
struct Cli {
    /// Dossier des données : la base SQLite et le dossier outbox/.
    #[arg(long, env = "DATA_DIR", default_value = "var", global = true)]
    data_dir: PathBuf,
    /// Fichier des paramètres de l’organisme.
    #[arg(
        long,
        env = "PLAINTES_CONFIG",
        default_value = "config/organisation.toml",
        global = true
    )]
    config: PathBuf,
    /// Où garder les plaintes : la base SQLite locale ou une table DynamoDB.
    #[arg(
        long,
        env = "PLAINTES_STORE",
        value_enum,
        default_value = "sqlite",
        global = true
    )]
    store: StoreKind,
    /// Comment envoyer le courrier : des fichiers .eml ou Amazon SES.
    #[arg(
        long,
        env = "PLAINTES_MAILER",
        value_enum,
        default_value = "file",
        global = true
    )]
    mailer: MailerKind,
    /// Nom de la table DynamoDB.
    #[arg(long, env = "PLAINTES_TABLE", global = true)]
    table: Option<String>,
    /// Adresse d’envoi vérifiée dans SES.
    #[arg(long, env = "PLAINTES_SENDER", global = true)]
    sender: Option<String>,
    /// Jeu de configuration SES, au besoin.
    #[arg(long, env = "PLAINTES_CONFIGURATION_SET", global = true)]
    configuration_set: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Sert le site et l’API sur 127.0.0.1.
    Serve {
        #[arg(long, env = "PORT", default_value_t = 3000)]
        port: u16,
        /// Dossier du site construit.
        #[arg(long, env = "SITE_DIR", default_value = "site/dist")]
        site: PathBuf,
    },
    /// Fait une fois toutes les vérifications de l’ordonnanceur (rappels,
    /// alertes, invitations au suivi, courriels en attente, effacement,
    /// résumé du jour).
    Tick {
        /// Moment de la vérification, en RFC 3339 (par défaut : maintenant).
        #[arg(long, value_parser = parse_time)]
        now: Option<DateTime<Utc>>,
    },
    /// Affiche les échéances d’une plainte reçue à un moment donné.
    Deadlines {
        /// Moment de réception, en RFC 3339 (ex. 2026-11-27T21:00:00-05:00).
        #[arg(long, value_parser = parse_time)]
        received: DateTime<Utc>,
        /// Sortie en JSON.
        #[arg(long)]
        json: bool,
    },
    /// Comptes du personnel du serveur local.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
    /// Administration de la table DynamoDB.
    Dynamodb {
        #[command(subcommand)]
        command: DynamodbCommand,
    },
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Ajoute un compte ; le mot de passe est lu sur l’entrée standard.
    Add {
        /// Courriel de la personne (son identifiant).
        #[arg(long)]
        email: String,
        /// Nom affiché.
        #[arg(long)]
        name: String,
        /// Rôle : accueil, responsable, direction ou conseil (répétable).
        #[arg(long = "role", required = true, value_parser = parse_role)]
        roles: Vec<Role>,
    },
}

fn parse_role(raw: &str) -> Result<Role, String> {
    Role::from_group(raw.trim())
        .ok_or_else(|| "rôle inconnu\u{a0}: accueil, responsable, direction ou conseil".into())
}

#[derive(Subcommand)]
enum DynamodbCommand {
    /// Crée la table et ses index, comme le gabarit SAM.
    CreateTable {
        /// Nom de la table à créer.
        #[arg(long, env = "PLAINTES_TABLE")]
        table: String,
    },
}

fn parse_time(raw: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(raw)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|_| {
            "date et heure attendues en RFC 3339, par exemple 2026-11-27T21:00:00-05:00".into()
        })
}

#[derive(Serialize)]
struct Deadlines {
    received_at: DateTime<Utc>,
    acknowledgement_due: DateTime<Utc>,
    response_due: DateTime<Utc>,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=warn".into()),
        )
        .init();
    match run(Cli::parse()).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Erreur\u{a0}: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let organisation = Organisation::load(&cli.config)?;
    match cli.command {
        Command::Serve { port, site } => {
            let backends = Backends {
                store: cli.store,
                mailer: cli.mailer,
                data_dir: cli.data_dir,
                table: cli.table,
                sender: cli.sender,
                configuration_set: cli.configuration_set,
            };
            let services = plaintes_local::services(organisation, &backends).await?;
            let accounts = SqliteStore::open(&backends.data_dir.join("plaintes.sqlite"))?;
            let sessions =
                LocalSessions::open(&backends.data_dir, accounts, services.clock.clone())?;
            let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
            serve::run(services, Arc::new(sessions), &site, address).await
        }
        Command::Tick { now } => {
            let backends = Backends {
                store: cli.store,
                mailer: cli.mailer,
                data_dir: cli.data_dir,
                table: cli.table,
                sender: cli.sender,
                configuration_set: cli.configuration_set,
            };
            let mut services = plaintes_local::services(organisation, &backends).await?;
            if let Some(now) = now {
                services.clock = Arc::new(FixedClock::new(now));
            }
            let at = services.clock.now();
            let report = plaintes_core::checks::run_checks(&services, at).await?;
            println!(
                "Vérifications du {}\u{a0}: {} plainte(s) examinée(s), {} rappel(s) ou alerte(s), {} dossier(s) anonymisé(s), résumé du jour {}, {} courriel(s) envoyé(s), {} en échec.",
                french::date_time(at),
                report.looked_at,
                report.notices.len(),
                report.anonymised.len(),
                if report.digest_sent { "envoyé" } else { "non envoyé" },
                report.mail.sent,
                report.mail.failed,
            );
            Ok(())
        }
        Command::Deadlines { received, json } => {
            let calendar = organisation.calendar();
            let delays = organisation.deadlines;
            let deadlines = Deadlines {
                received_at: received,
                acknowledgement_due: calendar
                    .acknowledgement_due(received, delays.acknowledgement_hours),
                response_due: calendar.response_due(received, delays.response_business_days),
            };
            if json {
                println!("{}", serde_json::to_string_pretty(&deadlines)?);
            } else {
                println!("Reçue le {}", french::date_time(deadlines.received_at));
                println!(
                    "Accusé de réception au plus tard le {}",
                    french::date_time(deadlines.acknowledgement_due)
                );
                println!(
                    "Réponse écrite au plus tard le {}",
                    french::date_time(deadlines.response_due)
                );
            }
            Ok(())
        }
        Command::Staff {
            command: StaffCommand::Add { email, name, roles },
        } => {
            anyhow::ensure!(
                cli.store == StoreKind::Sqlite,
                "sur AWS, les comptes du personnel sont dans le groupe d’utilisateurs Cognito (voir infra/DEPLOY.md)"
            );
            std::fs::create_dir_all(&cli.data_dir)?;
            let store = SqliteStore::open(&cli.data_dir.join("plaintes.sqlite"))?;
            if std::io::stdin().is_terminal() {
                eprint!("Mot de passe (au moins {PASSWORD_MIN} caractères)\u{a0}: ");
            }
            let mut password = String::new();
            std::io::stdin().read_line(&mut password)?;
            let password = password.trim_end_matches(['\r', '\n']);
            let roles: BTreeSet<Role> = roles.into_iter().collect();
            let member = store
                .add_staff(&email, &name, &roles, password, Utc::now())
                .await?;
            let labels: Vec<String> = member.roles.iter().map(|role| role.label()).collect();
            println!(
                "Compte créé pour {} ({})\u{a0}: {}.",
                member.name,
                member.email,
                labels.join(", ")
            );
            Ok(())
        }
        Command::Dynamodb {
            command: DynamodbCommand::CreateTable { table },
        } => {
            let client = aws_sdk_dynamodb::Client::new(&plaintes_aws::sdk_config().await);
            plaintes_aws::table::create_table(&client, &table).await?;
            println!("Table {table} créée, avec ses index.");
            Ok(())
        }
    }
}
