package io.driftwatch.samples.support;

import java.util.List;

/** The help-centre articles of "Tidepool", an imaginary file-sync service, that answers are grounded in. */
public final class SupportArticles {

  /** One article: a title and paragraphs; retrieval indexes both each paragraph and the whole text. */
  public record Article(String title, List<String> paragraphs) {

    public String wholeText() {
      return title + "\n\n" + String.join("\n\n", paragraphs);
    }
  }

  public static final List<Article> ALL = List.of(
      new Article("Restoring deleted files", List.of(
          "Deleted files stay in the Trash for 30 days on the Free plan and 180 days on Team plans.",
          "To restore a file, open Trash in the web app, select it and choose Restore. It returns to "
              + "its original folder, or to the root folder if that folder no longer exists.",
          "Files deleted by a shared-folder member can be restored by any editor of that folder.",
          "After the retention period files are purged and cannot be recovered by support either.")),
      new Article("Sync is stuck or slow", List.of(
          "A paused sync icon means the desktop client is waiting: check that it is signed in and "
              + "that the disk has at least 1 GB free.",
          "Files larger than 50 GB are skipped; the client lists them under Activity > Skipped.",
          "Corporate proxies that inspect TLS break uploads. Add the sync endpoints to the proxy's "
              + "bypass list or set the proxy in Preferences > Network.",
          "If sync stays stuck, quit the client, delete the local cache folder and sign in again; "
              + "your files are not deleted, only re-checked.")),
      new Article("Sharing and permissions", List.of(
          "Share a folder from its menu and choose viewer, commenter or editor for each person.",
          "Links can expire and can require a password; Team admins can forbid public links.",
          "Removing someone from a shared folder removes their access but keeps any copies they "
              + "downloaded earlier.",
          "Ownership of a folder can be transferred only to a member of the same Team.")),
      new Article("Billing and plans", List.of(
          "Plans are billed monthly or yearly; switching to yearly takes effect at the next renewal.",
          "Invoices are in Settings > Billing and can be sent to a separate billing email.",
          "Downgrading keeps all files, but uploads stop while storage is over the new limit.",
          "Refunds are possible within 14 days of a yearly renewal; contact support with the invoice "
              + "number.")),
      new Article("Two-step verification", List.of(
          "Turn on two-step verification in Settings > Security with an authenticator app or a "
              + "hardware key.",
          "Save the ten recovery codes shown at set-up; each works once.",
          "If you lose your phone and codes, an account recovery request takes up to 3 business "
              + "days and needs proof of identity.",
          "Team admins can require two-step verification for every member.")),
      new Article("Desktop client installation", List.of(
          "The desktop client runs on Windows 10 or later, macOS 12 or later and current Ubuntu "
              + "and Fedora releases.",
          "Install it from the Downloads page; it updates itself in the background.",
          "Selective sync chooses which folders are kept on the computer; the others stay online only.",
          "To move the local folder, use Preferences > Location rather than moving it by hand.")));

  private SupportArticles() {}
}
