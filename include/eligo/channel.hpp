// The ways an agency can reach a person: one vocabulary for the outreach planner
// (outreach::Channel, the channels of a pack's policy) and for the records of a past
// campaign (campaign.csv), so that what was done then and what is planned now are named
// alike. The set is fixed by code because the planner's guarantees (a physical option
// always, nothing digital for a person without digital access) are stated in its terms.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace eligo {

enum class Channel : std::uint8_t { letter, phone, home_visit, counter, email_online, sms };
inline constexpr std::size_t channel_count = 6;
inline constexpr std::array<Channel, channel_count> all_channels = {
    Channel::letter, Channel::phone, Channel::home_visit, Channel::counter, Channel::email_online, Channel::sms};

std::string_view to_string(Channel channel);  // "letter", "phone", "home_visit", "counter", "email_online", "sms"
std::optional<Channel> channel_from_string(std::string_view name);

// A postal letter, a home visit or a France Services counter appointment: reaches a
// person who cannot use anything digital (Conseil d'État, 3 June 2022, n°452798).
bool is_physical(Channel channel);
bool is_digital(Channel channel);  // email_online, sms

}  // namespace eligo
