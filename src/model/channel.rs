//! Channels of contact, their families and what they let the customer perceive.

use crate::{model::EnumSet, vocabulary::vocabulary};

vocabulary! {
    /// A way the customer and the company reach each other.
    ///
    /// Each channel needs standards of its own: appearance matters face to face
    /// but not on the phone; the tone of voice matters on the phone but not in
    /// e-mail. Rules test a channel's [`Capability`]s, so a standard about
    /// appearance can only reach channels where staff are seen.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Capability, Channel, model::ChannelFamily};
    ///
    /// assert_eq!(Channel::Telephone.family(), ChannelFamily::Telephone);
    /// assert!(Channel::Telephone.has(Capability::StaffHeard));
    /// assert!(!Channel::Telephone.has(Capability::StaffSeen));
    /// assert_eq!("video-call".parse::<Channel>()?, Channel::VideoCall);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum Channel(Entity::Channel) {
        /// In person, at a desk, a counter, a table or a door.
        FaceToFace,
        /// A voice call.
        Telephone,
        /// Electronic mail.
        Email,
        /// A contact or request form on a website or in an app.
        WebForm,
        /// Instant messaging or live chat.
        Chat,
        /// A call with picture and sound.
        VideoCall,
        /// Public social media profiles and their messages.
        SocialMedia,
        /// A discussion forum or community.
        Forum,
        /// Self-service: a kiosk, an app, a portal, with no staff in the contact.
        SelfService,
        /// A paper letter.
        Letter,
        /// Fax.
        Fax,
        /// Text messages to and from a phone (SMS): written, not live.
        Sms,
        /// Messages and notifications in the company's own app: written, not live.
        App,
    }
}

vocabulary! {
    /// The main families of channels, as service-standard handbooks group them.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::ChannelFamily};
    ///
    /// let internet: Vec<Channel> = ChannelFamily::Internet.channels().collect();
    /// assert!(internet.contains(&Channel::Chat));
    /// assert_eq!(ChannelFamily::Correspondence.to_string(), "correspondence");
    /// ```
    pub enum ChannelFamily(Entity::ChannelFamily) {
        /// Direct, face-to-face contact.
        Direct,
        /// The telephone: calls, and text messages (SMS).
        Telephone,
        /// Every internet channel: e-mail, forms, chat, video, social media, forums, self-service, app messages.
        Internet,
        /// Paper correspondence: letters and fax, being replaced by the internet.
        Correspondence,
    }
}

vocabulary! {
    /// What a channel lets the customer perceive of the contact.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Capability, Channel};
    ///
    /// let seen: Vec<Channel> = Capability::StaffSeen.channels().collect();
    /// assert_eq!(seen, [Channel::FaceToFace, Channel::VideoCall]);
    /// ```
    pub enum Capability(Entity::Capability) {
        /// The customer sees the staff: appearance, posture, gestures, the place.
        StaffSeen,
        /// The customer hears the staff: voice, tone, pace.
        StaffHeard,
        /// The contact is in writing: style, spelling, layout, response time.
        Written,
        /// Both sides are there at once: waiting time is felt live.
        Synchronous,
        /// Others can read the contact: public replies, reputation.
        Public,
    }
}

impl Channel {
    /// The family the channel belongs to.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::ChannelFamily};
    ///
    /// assert_eq!(Channel::Fax.family(), ChannelFamily::Correspondence);
    /// assert_eq!(Channel::FaceToFace.family(), ChannelFamily::Direct);
    /// ```
    #[must_use]
    pub const fn family(self) -> ChannelFamily {
        match self {
            Self::FaceToFace => ChannelFamily::Direct,
            Self::Telephone | Self::Sms => ChannelFamily::Telephone,
            Self::App
            | Self::Email
            | Self::WebForm
            | Self::Chat
            | Self::VideoCall
            | Self::SocialMedia
            | Self::Forum
            | Self::SelfService => ChannelFamily::Internet,
            Self::Letter | Self::Fax => ChannelFamily::Correspondence,
        }
    }

    /// What the channel lets the customer perceive.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Capability, Channel};
    ///
    /// let caps = Channel::Chat.capabilities();
    /// assert!(caps.contains(Capability::Written) && caps.contains(Capability::Synchronous));
    /// assert!(Channel::SelfService.capabilities().is_empty());
    /// ```
    #[must_use]
    pub fn capabilities(self) -> EnumSet<Capability> {
        use Capability::{Public, StaffHeard, StaffSeen, Synchronous, Written};
        match self {
            Self::FaceToFace | Self::VideoCall => EnumSet::from([StaffSeen, StaffHeard, Synchronous]),
            Self::Telephone => EnumSet::from([StaffHeard, Synchronous]),
            Self::Chat => EnumSet::from([Written, Synchronous]),
            Self::Email | Self::WebForm | Self::Letter | Self::Fax | Self::Sms | Self::App => {
                EnumSet::from([Written])
            }
            Self::SocialMedia | Self::Forum => EnumSet::from([Written, Public]),
            Self::SelfService => EnumSet::new(),
        }
    }

    /// Whether contact on this channel is live (face to face, telephone,
    /// chat, video call: both sides there at once) rather than deferred
    /// (e-mail, forms, letters, fax, social media, forums, self-service).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Channel;
    ///
    /// assert!(Channel::Chat.is_live());
    /// assert!(!Channel::Email.is_live());
    /// ```
    #[must_use]
    pub fn is_live(self) -> bool {
        self.has(Capability::Synchronous)
    }

    /// Whether the channel has `capability`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Capability, Channel};
    ///
    /// assert!(Channel::Forum.has(Capability::Public));
    /// assert!(!Channel::Email.has(Capability::StaffHeard));
    /// ```
    #[must_use]
    pub fn has(self, capability: Capability) -> bool {
        self.capabilities().contains(capability)
    }
}

impl ChannelFamily {
    /// The channels of this family, in declared order.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::ChannelFamily};
    ///
    /// assert_eq!(ChannelFamily::Telephone.channels().collect::<Vec<_>>(), [Channel::Telephone, Channel::Sms]);
    /// ```
    pub fn channels(self) -> impl Iterator<Item = Channel> {
        <Channel as crate::model::Vocabulary>::ALL.iter().copied().filter(move |c| c.family() == self)
    }
}

impl Capability {
    /// The channels that have this capability, in declared order.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Capability, Channel};
    ///
    /// assert!(Capability::StaffHeard.channels().any(|c| c == Channel::Telephone));
    /// ```
    pub fn channels(self) -> impl Iterator<Item = Channel> {
        <Channel as crate::model::Vocabulary>::ALL.iter().copied().filter(move |c| c.has(self))
    }
}
