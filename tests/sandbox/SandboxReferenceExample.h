#pragma once

// The example request and answer of the official Portrait PRO reference page
// (reference/000_a0ddd9d0590cf146.txt), copied byte for byte because the reference folder is
// not part of the repository. The sandbox must accept this body unchanged.

inline constexpr char kReferenceRequestBody[] = R"({
  "title": "Portrait PRO Test",
  "description": "Video description",
  "tags": [
    "tag1",
    "tag2"
  ],
  "metadata": [
    {
      "key": "abc",
      "value": "pqr"
    }
  ],
  "playback_policy": [
    "public",
    "signed"
  ],
  "content": [
    {
      "url": "https://d19nx8bm4jzw4h.cloudfront.net/Tears-of-steel.mp4"
    }
  ]
})";

inline constexpr char kReferenceAnswer[] = R"({
  "code": 200,
  "message": "Data success",
  "status": "Success",
  "data": {
    "category": "SocialClip",
    "contentId": "702c325b-5c57-4162-924e-8accbef622b0",
    "created_at": 1678796834550,
    "description": "",
    "duration": 0,
    "isAdvanced": false,
    "isSocialClip": true,
    "metadata": [],
    "playbackPolicy": [
      "public"
    ],
    "status": "Pending",
    "statusId": 1,
    "test_video": false,
    "title": "Portrait PRO Test"
  }
})";
