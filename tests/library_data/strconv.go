package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func code(err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, strconv.ErrSyntax):
		return 1
	case errors.Is(err, strconv.ErrRange):
		return 2
	}
	return 9
}

func main() {
	fs := []uint64{0x0,0x8000000000000000,0x3ff0000000000000,0xbff0000000000000,0x3fb999999999999a,0x3fe0000000000000,0x3ff8000000000000,0x4004000000000000,0x4059000000000000,0x444b1ae4d6e2ef50,0x4415af1d78b58c40,0x3f1a36e2eb1c432d,0x3ee4f8b588e368f1,0x40fe240000000000,0x4132d68700000000,0x3f201f31f46ed246,0x1,0x7fefffffffffffff,0x47efffffe54daff8,0x3fd5555555555555,0x3fe5555555555555,0x4023ffffde7210bf,0x3fee666666666666,0x3fa999999999999a,0x54b249ad2594c37d,0x405edd2f1a9fbe77,0x412e847f00000000,0x3ee9e0fcaf9380fc,0xdc1b77ae0bf34dad,0x40457e978d4fdf3b,0x64f0eeb9026e6076,0x4058e4bc6a7ef9db,0x7b07ce91e5906136,0x404183d70a3d70a4,0x305f050c368dcc74,0x404f2147ae147ae1,0x2ceb16e0a1c54aec,0x40541126e978d4fe,0x97101dce4e7bfb79,0x4015dc28f5c28f5c,0x9ad2e144d6e8f2cf,0x404c2ef9db22d0e5,0xd9aa792e1af470ea,0x404cb9999999999a,0xddaa4e85b0d6e28b,0x4052bf2b020c49ba,0x8f8ea9d349428d8e,0x4058fed916872b02,0x8f474ffb8e8ab15,0x404ef872b020c49c,0x2ead854756d71f03,0x4043c2f1a9fbe76d,0x55bc79f8ada711fd,0x4041d6a7ef9db22d,0xe1fc49bd63b809e,0x403430a3d70a3d71,0xb92199e83f5a101f,0x4048976c8b439581,0xc5765079fc5d43ff,0x40581883126e978d,0x353cfc387dfae6b8,0x4054ca3d70a3d70a,0xa32edabf5585bd75,0x405426353f7ced91,0xfc5639b16b714b4f,0x4042ef7ced916873,0x92fb2dcfc8ae9a19,0x40336ac083126e98,0x544b0ec76d00616d,0x405104ed916872b0,0xbcbb9b7e9a319aef,0x4051da0c49ba5e35,0xf1a50d59c0aa21a,0x4057b1cac083126f,0x80ae2120826571de,0x40559978d4fdf3b6,0xe1ecd02ed7c0cbd,0x405157df3b645a1d,0xd0981e8c1fa7be4,0x40525020c49ba5e3,0xdc86b3d3cdbdf613,0x4037c353f7ced917,0x6d0844c269e7693f,0x4047f395810624dd,0x3681da7f6993082d,0x403c7e353f7ced91,0x5b928e2c987d857d,0x40508b126e978d50,0x6c716e1e6ced8137,0x4058f947ae147ae1,0xccb870213498f7f5,0x403f824dd2f1a9fc,0x9f07b27a78869b5a,0x404d15c28f5c28f6,0xb0ba91e47f6200ec,0x4058bd2f1a9fbe77,0xc72b4c36d0db7fed,0x4020fc6a7ef9db23,0x35f305b0c0fc9252,0x403efe76c8b43958,0x7ac78fb373ffbff6,0x4055d66666666666,0x8e39b81de71b7d09,0x4052c322d0e56042,0x59a69ba126cd29b3,0x4052b989374bc6a8,0xbfcbffff0cbcbf20,0x40434bc6a7ef9db2,0x2d1ce28856d20e5e,0x4056fbc6a7ef9db2,0x572a15ed48b3fdc2,0x405078f5c28f5c29,0x32b911499417aab9,0x403ff604189374bc,0x17a8ec88e0da0bac,0x403a5916872b020c,0xcc88eab2f9ad4bb,0x40579947ae147ae1,0xbc3a5b419a43afd2,0x4058c3b645a1cac1,0x6f0f3414c47c9c0d,0x4049e0e560418937,0xe71a7567edb8c675,0x40352c49ba5e353f,0x63674cf841ee8ab9,0x402f795810624dd3,0xe375837da840d9ec,0x404ea147ae147ae1,0x578eb22e1ea5a35f,0x404b8916872b020c,0x4efa582ee029dfd9,0x403793b645a1cac1,0xf3b363e938295a26,0x404de83126e978d5,0x2e3a4ef3496f4112,0x40493db22d0e5604,0xb809d78e2a2f9b10,0x403af5c28f5c28f6,0x46217f104eb30026,0x4050524dd2f1a9fc,0x8947b5fefda6afa6,0x4050026e978d4fdf,0x4a3ae29b2af0cb79,0x40315e76c8b43958,0xbfd0273b10a6d4af,0x4052b52f1a9fbe77,0xed0a00eb302b52c6,0x4055e3b645a1cac1,0x3c0a45ad6d0175e3,0x404add916872b021,0x5bec25a986aa6fc8,0x40529a1cac083127,0x904bc2dda0ebc917,0x40567c5a1cac0831,0x459ae6d82ef0bb45,0x40358a7ef9db22d1,0xd8f30b16630d2b73,0x40311b645a1cac08,0x7110b72632258de5,0x40565e872b020c4a,0x543b14bc79e21fbe,0x4046726e978d4fdf,0xb3afb674d263f401,0x4057334395810625,0x992a5514fae813a9,0x4045033333333333,0x65950d0578f009ce,0x400f5810624dd2f2,0x5703572bfb805a5d,0x405066353f7ced91,0xf58b6a5f9c786da9,0x3fef020c49ba5e35,0xa837793e9e8ad732,0x40278624dd2f1aa0,0x50eabc7287dc4e1c,0x405505e353f7ced9,0x4dca1d57ff03f180,0x4028b4395810624e,0x4899ff11c2f79663,0x40529de353f7ced9,0x16166c76ad45818f,0x400a3b645a1cac08,0xcb74ca30b3d6894c,0x403d947ae147ae14,0x217355871886f75e,0x4056e53f7ced9168,0x28a1e2393381ed30,0x4058cbc6a7ef9db2,0x74c31b6d9efa2ea,0x4052bf1a9fbe76c9,0xbec4688d35b7872f,0x40577fef9db22d0e,0xf8fd0016351ac3e1,0x40499189374bc6a8,0x2a3e36405bf02e26,0x401fc49ba5e353f8,0x4fa794552d7c87fa,0x404abfbe76c8b439,0x6b65fa68c812c075,0x405413c6a7ef9db2,0xb0d838d4f45658b5,0x404413126e978d50,0xf088256e71b67944,0x40510872b020c49c,0xb4d1bf49868fc4b6,0x40452dd2f1a9fbe7,0x7f30634d239b36bf,0x405068624dd2f1aa,0x9adf073ca7e24f12,0x40428978d4fdf3b6,0xbf023d5f71c40f0c,0x4032dc28f5c28f5c,0xf8daff4ab7e1c412,0x40441ef9db22d0e5,0x3bb60a1f6449431a,0x40529d4fdf3b645a,0xe1b6cc3fce8a571c,0x400da9fbe76c8b44,0x974be547500504b2,0x404f35810624dd2f,0x788637bdbb04623b,0x404ac3f7ced91687,0x78b479878553843f,0x404da9db22d0e560,0xf614dc4037d1ccf7,0x4058da8f5c28f5c3,0xab5917a81f0fb2ae,0x40571f9db22d0e56,0x107db970f61ec64b,0x4050aab020c49ba6,0xa7e591e85a840907,0x40481d916872b021,0x42e87faaebb9a0d5,0x4057bbb645a1cac1,0x7cb7d0a0e9b446d4,0x4050347ae147ae14,0x93b411557b1e1b59,0x4055eb126e978d50,0x17282941775bd12f,0x4055f6b851eb851f,0x1d6eb56cc3fecd4d,0x4040c645a1cac083,0x9cc6d38ebb4dc397,0x4034683126e978d5,0x93e7f09c76995dd0,0x4057c395810624dd,0x40481181f54f1b6b,0x4025970a3d70a3d7,0xfc10536a39343f9d,0x4052a7be76c8b439,0x2b59a11006fe10a2,0x4028010624dd2f1b,0xb25de04b53658403,0x40579fef9db22d0e,0x482f7b77f3b42fcb,0x402232b020c49ba6,0xaa19ef48de09d554,0x40556bc6a7ef9db2,0xbc1efbb4d09613fe,0x404a933333333333,0x1640cfd5e7e0059,0x40512a8f5c28f5c3,0x2103a6ef6f7bca19,0x4040074bc6a7ef9e,0xba59dbbf218e9bcd,0x4052c570a3d70a3d,0x47cfbdd44466d5ba,0x4057ef3b645a1cac,0xf7180ea42ce3691,0x40423353f7ced917,0x1d57d70abe6c2ebc,0x404574395810624e,0x3df4865f060ed9e1,0x404beba5e353f7cf,0x9cc2d942d8ac9c12,0x405540a3d70a3d71,0x68c29c22e6ec81aa,0x404a8c8b43958106,0xa1cd5d166c667229,0x4058c52f1a9fbe77,0x950c6175be7d148d,0x403a8a7ef9db22d1,0x3f3e42bdb31d6de4,0x403723d70a3d70a4,0xb8e8620efee2ae3f,0x40469b851eb851ec,0x6892f24f073504a3,0x402cce5604189375,0x7faf4d50b83a266a,0x404ae28f5c28f5c3,0x36eff6fe424288a6,0x404302d0e5604189,0x7436a02ab71ee437,0x4044cfbe76c8b439,0x833a63ba9131343f,0x4050603126e978d5,0x992cb64cfdf7b997,0x4054d676c8b43958,0xc8b93e004898d324,0x404bdfbe76c8b439,0x645d2dce235dab82,0x404368b439581062,0x808a9a75bdabb055,0x40458be76c8b4396,0x995531f7eedc5275,0x4053e29fbe76c8b4,0x87d63039379d791,0x40457f1a9fbe76c9,0xf3c9caffb024e07e,0x4020a2d0e5604189,0xea06a464360f763e,0x405133126e978d50,0x53361012dddd2752,0x40203a5e353f7cee,0xd66a74b438fd099c,0x4049266666666666,0x8d5497b6e7e3148f,0x4057bd604189374c,0x252f2c32b41166,0x40368083126e978d,0xf4dba3db8471e0c4,0x4051beb851eb851f,0xa447b4c07713b205,0x404306c8b4395810,0x58d68ff52d13b421,0x40501072b020c49c,0x7c3d90428332bb09,0x4057d5916872b021,0x98e09052e5853c3f,0x40505a0c49ba5e35,0xb90814763588d987,0x4025c624dd2f1aa0,0x4349ea8330d49f4,0x405146e978d4fdf4,0x213e49f755c9ae67,0x402a204189374bc7,0xadc15b82753344fb,0x404df3126e978d50,0x69a0dc20acf37cb2,0x40446083126e978d,0x729bfdea5375f6cb,0x404965c28f5c28f6,0xf8eb32047bbbcfe6,0x405812d0e5604189,0x4b85228ee7b181f9,0x4054b9eb851eb852,0x41031bc75f55bcba,0x4046076c8b439581,0x2da461eb41957943,0x403c7ba5e353f7cf,0xd74e810a9b826371,0x401c5b22d0e56042,0x1cdd495915ad9bf7,0x404aaef9db22d0e5,0xbaeb7806c59edd00,0x404dfbe76c8b4396,0x3ba89ff13576a0ba,0x4043ff3b645a1cac,0x5ca96b1855237b,0x401ffae147ae147b,0xc7b1d77110b837fd,0x403e13b645a1cac1,0x69bcfe5aebcf18d2,0x40509ac083126e98,0x6f51d1ecaa02f263,0x4051ba8f5c28f5c3,0x6d8dc769b3280f47,0x4056027ef9db22d1,0xb51767a476976e99,0x40415b4395810625,0x418c241fa7ac604,0x405416c8b4395810,0xa581230adaef3288,0x404327ef9db22d0e,0xf1ac9d290f1d4eed,0x4050175c28f5c28f,0x3dabc8a9eded6f30,0x402e5e353f7ced91,0x55cb59e89b5779ee,0x4037ca3d70a3d70a,0x72a54713a9b86c9d,0x403d98d4fdf3b646,0xa3726687db6b9b04,0x404866e978d4fdf4,0x5fdf2267673f0d32,0x4056de5604189375,0x68dfe63578c47fa8,0x40541d2f1a9fbe77,0x624e220196711d57,0x405303851eb851ec,0xbe9e598ebfea4aad,0x40366189374bc6a8,0xd79af3ca3ba29578,0x3ff76c8b43958106,0x6f5e5868097b8e52,0x4042f810624dd2f2,0x5af01374addcadce,0x403a8ac083126e98,0x2faaf7e9e83fa715,0x4049670a3d70a3d7,0xbb42e4b2bad2bd1b,0x40282e978d4fdf3b,0xd30563d941e93ea1,0x40172c083126e979,0x1167ea9167c9649c,0x40546e5604189375,0xb6249a7c39665155,0x40583ec8b4395810,0xb3f56e3e83c468b7,0x403a228f5c28f5c3,0xa87bdea4d9832da6,0x404dc353f7ced917,0xe437318091b5827d,0x403624189374bc6a,0x59e1b682e1cbd639,0x4033dd70a3d70a3d,0x7d32511b3390efd5,0x403c3eb851eb851f,0x1d70ed6acaa29b4a,0x405287ced916872b,0x1e71c6a67d004cfc,0x40552ccccccccccd,0xa0c0b3f99ebcf365,0x403b866666666666,0x498e468dbb57f3c3,0x40563da1cac08312,0x1c54594f126dcce4,0x4049c3126e978d50,0x16ba1d39f25cae7d,0x40588f2b020c49ba,0x67de1f8cd39e2861,0x4054c8c49ba5e354,0x108e0b8ab05d2c71,0x404860624dd2f1aa,0x96288ccb432aaa69,0x4041fd0e56041893,0x887013f1c0b1457d,0x40547ec8b4395810,0xe47a782d96a0d8b7,0x404b426e978d4fdf,0xc0f1c836d72154c6,0x401b49ba5e353f7d,0x1ea4c72979ce7ef,0x4047622d0e560419,0xe58cc45382b7c5e0,0x3fe5810624dd2f1b,0xf265892d429d26b,0x40106d916872b021,0x119be96337a67b0f,0x40321020c49ba5e3,0xad7f4ee4ff441439,0x4047fb020c49ba5e,0x69765cdf019ab251,0x40511fced916872b,0x6c83796be9953375,0x4045fa7ef9db22d1,0xb30aa29935c26453,0x40419c083126e979,0x88c5405c130c945b,0x404d783126e978d5,0x9ffcaab00de2fbb3,0x405221fbe76c8b44,0xf60b6a392f39b284,0x4054004189374bc7,0x34f99df66499e0e1,0x403bd74bc6a7ef9e,0xb8c6fbae04f4cb60,0x4054c6a7ef9db22d,0xddf1a401094ffaf6,0x3ff0bc6a7ef9db23,0x24e629d896fb1883,0x4051627ef9db22d1,0xe2fd7570a6e4ae72,0x3ff2b851eb851eb8,0xc21511f61c10bbae,0x403d09ba5e353f7d,0x6b4a433781c1b159,0x4057ab95810624dd,0xf7b9bb632073447b,0x404a86872b020c4a,0x28f350082a0bdc33,0x4055e8a3d70a3d71,0x21b037be8db8a74b,0x3fc5e353f7ced917,0xf4827d0343e964c5,0x40465ac083126e98,0x18fd760add37274c,0x40580f1a9fbe76c9,0x1cbe96ad55a91a02,0x404e876c8b439581,0x1b376669576888b6,0x40203c6a7ef9db23,0x862f25f826bcb427,0x404f3c49ba5e353f,0x608edfdda646248f,0x40530d3f7ced9168,0xb98511e79e1e6b06,0x4058253f7ced9168,0x384ea650b7785650,0x401c189374bc6a7f,0x9ee03c4ca73132fc,0x3ff46a7ef9db22d1,0x6facd3230b5e6f99,0x405609cac083126f,0xb27b8d6c7d2c1506,0x40214ac083126e98,0x9fc9762bf52bccac,0x4045ab851eb851ec,0x915133d1f1cd3035,0x4049c95810624dd3,0x1a2553b894e0715,0x405376147ae147ae,0x1727f4259189fe5b,0x405051999999999a,0xe9410ea4b1d01b67,0x40406f7ced916873,0xae5bac1c8afb8291,0x403f16c8b4395810,0xc01d77809ef4f1d4,0x404664dd2f1a9fbe,0x131dc70966a1ed37,0x404e79ba5e353f7d,0x8ebed168e7eb032d,0x4041183126e978d5,0x8027b30dd057be6b,0x4048b9ba5e353f7d,0x7c80d6befe7bebd7,0x4057203126e978d5,0x285d676d738709c0,0x40412b020c49ba5e,0xd4a6fbbb463c77d3,0x402ed26e978d4fdf,0x6b7252f506af9bfc,0x40448ed916872b02,0x76e7c3b3c3adbbcb,0x404f9b020c49ba5e,0xbeef68cb1cc5727c,0x401974bc6a7ef9db,0x9ddbcc9adadfe798,0x404c34395810624e,0xe85d4e2fd8cebe57,0x403d6624dd2f1aa0,0x49a34268cecc56eb,0x40196353f7ced917,0x2fa1ca340f951486,0x4050c70a3d70a3d7,0x1c68c5ee9e01df2f,0x3ff8d0e560418937,0x7cd94d5d160df751,0x4055eea7ef9db22d,0x415f292fa04818ff,0x4022e0c49ba5e354,0xf40bf4be400d570e,0x402a8624dd2f1aa0,0x82042eb409794e20,0x402428f5c28f5c29,0x1255273c7f8434bc,0x3fd4395810624dd3,0x2ce50c5e474b93d5,0x404ff66666666666,0xbe08af88f83f51b2,0x40159374bc6a7efa,0x2d725bb40b0f0391,0x40471083126e978d,0xc0085237f307d9d6,0x401783126e978d50,0xa9c57d5561e763e5,0x4050bab020c49ba6,0x1bf5b3cab644f462,0x4008147ae147ae14,0x5547a5fa668d250a,0x4050110624dd2f1b,0x914833a9ee283dc0,0x4036353f7ced9168,0x7ef314f60b351dbb,0x404909999999999a,0x221d9d7b537940,0x3ff604189374bc6a,0x60336535e5378fb2,0x40351b22d0e56042,0xe8cc97f0aab24c2d,0x4027a45a1cac0831,0xb581ba40a91b83f5,0x404c89db22d0e560,0xfbb60192cdb3e9b2,0x40385eb851eb851f,0x9adaa35dbc26a2e1,0x404deba5e353f7cf,0x22cdc3a4356277e4,0x40406b020c49ba5e,0xf488e151ff7fca0b,0x403f0d0e56041893,0xdf756f66d48cd75f,0x4037c66666666666,0x7f45c76b5299f931,0x4040df5c28f5c28f,0x3ee3c6ab5062a683,0x3fe49374bc6a7efa,0xc54654890ca7a30e,0x402dc9ba5e353f7d,0xb8275d981ca7efc8,0x4041f4bc6a7ef9db,0xbe5287885cb25217,0x40527c5a1cac0831,0x79729ebc8c3b5373,0x4040c2f1a9fbe76d,0xa0bb6616a3b39915,0x404037ef9db22d0e,0x4fe9636427fe1b67,0x4040e645a1cac083,0xbbeb4ae36e79de91,0x40443353f7ced917,0x41d653635fd8a96c,0x4058a6a7ef9db22d,0x137fb828fc1cc33e,0x403e245a1cac0831,0x407a3783d8c3f538,0x404a2c083126e979,0xb6827a52e88c3cd2,0x405453126e978d50,0x9620649d499e502b,0x40559c5a1cac0831,0xcfed170dd20a064b,0x40579010624dd2f2,0x5faa3dbcae8e087,0x403c747ae147ae14,0xe3456f983a59f086,0x404ed5c28f5c28f6,0x462e4081e78fa2e7,0x404b653f7ced9168,0x8e33e7613b30e462,0x402c8c49ba5e353f,0xc342c6093a7dd2a,0x4037c9374bc6a7f0,0x147bcfcd70f29810,0x404ec6a7ef9db22d,0xa7786e7e77f77920,0x405572b020c49ba6,0x3461fc042646dfd2,0x40410872b020c49c,0x7f8c72b2a99de6ed,0x4054a8c49ba5e354,0xd7a5bd1b9baac660,0x4056e147ae147ae1,0xe722fe3209380bec,0x400b7ced916872b0,0x554332c123a300fb,0x40494f3b645a1cac,0x724d72ee194f183a,0x4000978d4fdf3b64,0xfce07bdde4a8c88a,0x405494189374bc6a,0x13f028439b74fb9b,0x404594dd2f1a9fbe,0x41e31784775794ac,0x4055445a1cac0831,0x5fed0fcf79c39085,0x40557d3f7ced9168,0x6d8502bfc80c96e4,0x4043cf5c28f5c28f,0x70db12824bf7b6c9,0x40422a1cac083127,0x8838c5e2d39ccbe4,0x40469810624dd2f2,0xbcf946457e938b73,0x4056f0d4fdf3b646,0x8191c98000a810a5,0x404e04bc6a7ef9db,0xaddcdb75bb31c9c4,0x404210e560418937,0x274842d113a35b57,0x403babc6a7ef9db2,0xa7842014627a2821,0x4053df4bc6a7ef9e,0x61c683627952f431,0x404078f5c28f5c29,0x8368f6e64ca97d99,0x404b7c083126e979,0x32945cb557986922,0x403008b439581062,0x5f255fb874e95170,0x40312b020c49ba5e,0x1e35dd72abdedfd2,0x403750624dd2f1aa,0xdae27a90cf1ed6ed,0x40549a6e978d4fdf,0x93f0e46413e8f000,0x404dba5e353f7cee,0xb3c8e1337c3321e0,0x40439db22d0e5604,0x9e1b7d60d793fa3,0x4054d52f1a9fbe77,0xbe4ef12552e0451c,0x404a38d4fdf3b646,0x7f35de212ddb4296,0x4045ea3d70a3d70a,0xf5a2fa6852249193,0x4044d353f7ced917,0xf4231ce12176dc70,0x40473d70a3d70a3d,0x1bec8ca43e9d2dc8,0x4054a24dd2f1a9fc,0x7dae1345bf346593,0x4058dc5a1cac0831,0xed6dc22866d10998,0x40431db22d0e5604,0x6b5dd9b4387bcd8b,0x404d3ccccccccccd,0xc1c7e69446e938d0,0x404904189374bc6a,0xb444a2f44e72dea1,0x4037f810624dd2f2,0x1e82dc770735b35c,0x40011eb851eb851f,0xc5700918c488f3a,0x40556e353f7ced91,0x9b68e2538ddc90a4,0x4045d374bc6a7efa,0x2bb34920cefd8085,0x40239810624dd2f2,0xbeaf7e7f7598fac4,0x4053bcac083126e9,0xf219b5c60677fa31,0x40146b851eb851ec,0xaaede6659bc9b985,0x404856a7ef9db22d,0x39603cf742ccebb6,0x403df126e978d4fe,0x6c8c2d0d3dc75fe1,0x40242978d4fdf3b6,0x4bbeaa8eafab091e,0x403394fdf3b645a2,0xdcd8d3ae880dd88c,0x403aa2d0e5604189,0x7674825ead00603d,0x404a20624dd2f1aa,0xb55191dac33fcfbd,0x404c55a1cac08312,0xbe389d55be79ff62,0x4049ebc6a7ef9db2,0xb15667e29cae941c,0x4031c9ba5e353f7d,0xbd6e217d3cd94e34,0x404b7b645a1cac08,0x7264b7803a65f1a8,0x401ae978d4fdf3b6,0xd607a31dbdce504b,0x404761a9fbe76c8b,0x9b3aa2dc437ebe2b,0x40405353f7ced917,0x1f320fc3a0bca997,0x404c75a1cac08312,0x8030d4e937ed5504,0x404c39db22d0e560,0xc879c11e292b4eae,0x404e228f5c28f5c3,0x91dcdccdd11973b3,0x401e6978d4fdf3b6,0xd217a900b9b9cd94,0x4050e28f5c28f5c3,0x85ee0f5d59155b0f,0x4058a4cccccccccd,0x1ae3b417a9625279,0x405578624dd2f1aa,0x6bcaaa6fc5d1289d,0x404a34dd2f1a9fbe,0x861aca76501b0d8c,0x40366147ae147ae1,0x8e011fe66ae7d897,0x4057f73b645a1cac,0xfe99e0b2411ad2e6,0x400cb851eb851eb8,0xac8ac52104f69ec3,0x4043c2f1a9fbe76d,0x852fe975eefca33e,0x405801eb851eb852,0xd4f70adf859e55f8,0x405569fbe76c8b44,0x72f68ce6b9191753,0x40010c49ba5e353f,0xbcc8aefb33be91bd,0x40415395810624dd,0x667e1789bff623de,0x403dd26e978d4fdf,0xd9a914c26548f819,0x404b6ba5e353f7cf,0x8f7063a533ed4fa9,0x4040366666666666,0x1aa49a0b95c05f76,0x4010db22d0e56042,0xce33d1477d82c248,0x40071a9fbe76c8b4,0xa4669f8a601855cc,0x4053cd916872b021,0x8f240cc754ba9667,0x403205e353f7ced9,0x3198d369936c9a8b,0x4054e6147ae147ae,0x3e2e1abd0ac1817e,0x40311604189374bc,0x6da6a9a5cb639dfc,0x402e851eb851eb85,0xd03363b36023a5c7,0x4058b8c49ba5e354,0xb66d70cc9c2a734c,0x4029c083126e978d,0xd5a8941a8b374aa,0x40416dd2f1a9fbe7,0xee948a7b982c78c3,0x4055ebb645a1cac1,0xe23d98b80afe70f2,0x402e5f3b645a1cac,0xc820da07ea4ff093,0x404ef4189374bc6a,0x1cc7f7eadf112bb2,0x404b93b645a1cac1,0x515f0e77a159a565,0x4053c2e147ae147b,0x2a08015f200ef6f,0x40533c5a1cac0831,0xe6d5f24ceed0d571,0x4057b54fdf3b645a,0xf6bee465c8a0089b,0x404cf10624dd2f1b,0x59f06d8b36b40e4a,0x4057d189374bc6a8,0x467f916c65bfb4d6,0x4050b395810624dd,}
	for _, b := range fs {
		f := math.Float64frombits(b)
		fmt.Println(strconv.FormatFloat(f, 101, -1, 64), strconv.FormatFloat(float64(float32(f)), 101, -1, 32))
		fmt.Println(strconv.FormatFloat(f, 69, 3, 64), strconv.FormatFloat(float64(float32(f)), 69, 3, 32))
		fmt.Println(strconv.FormatFloat(f, 102, -1, 64), strconv.FormatFloat(float64(float32(f)), 102, -1, 32))
		fmt.Println(strconv.FormatFloat(f, 102, 0, 64), strconv.FormatFloat(float64(float32(f)), 102, 0, 32))
		fmt.Println(strconv.FormatFloat(f, 102, 2, 64), strconv.FormatFloat(float64(float32(f)), 102, 2, 32))
		fmt.Println(strconv.FormatFloat(f, 103, -1, 64), strconv.FormatFloat(float64(float32(f)), 103, -1, 32))
		fmt.Println(strconv.FormatFloat(f, 71, 5, 64), strconv.FormatFloat(float64(float32(f)), 71, 5, 32))
		fmt.Println(strconv.FormatFloat(f, 103, 0, 64), strconv.FormatFloat(float64(float32(f)), 103, 0, 32))
		fmt.Println(strconv.FormatFloat(f, 101, 17, 64), strconv.FormatFloat(float64(float32(f)), 101, 17, 32))
		fmt.Println(strconv.FormatFloat(f, 120, -1, 64), strconv.FormatFloat(float64(float32(f)), 120, -1, 32))
		fmt.Println(strconv.FormatFloat(f, 120, 3, 64), strconv.FormatFloat(float64(float32(f)), 120, 3, 32))
		fmt.Println(strconv.FormatFloat(f, 98, -1, 64), strconv.FormatFloat(float64(float32(f)), 98, -1, 32))
	}
	{
		i, e1 := strconv.ParseInt("0", 0, 64)
		j, e2 := strconv.ParseInt("0", 10, 8)
		u, e3 := strconv.ParseUint("0", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("-0", 0, 64)
		j, e2 := strconv.ParseInt("-0", 10, 8)
		u, e3 := strconv.ParseUint("-0", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("+7", 0, 64)
		j, e2 := strconv.ParseInt("+7", 10, 8)
		u, e3 := strconv.ParseUint("+7", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("42", 0, 64)
		j, e2 := strconv.ParseInt("42", 10, 8)
		u, e3 := strconv.ParseUint("42", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("-42", 0, 64)
		j, e2 := strconv.ParseInt("-42", 10, 8)
		u, e3 := strconv.ParseUint("-42", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("0x1F", 0, 64)
		j, e2 := strconv.ParseInt("0x1F", 10, 8)
		u, e3 := strconv.ParseUint("0x1F", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("0X1f", 0, 64)
		j, e2 := strconv.ParseInt("0X1f", 10, 8)
		u, e3 := strconv.ParseUint("0X1f", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("0b101", 0, 64)
		j, e2 := strconv.ParseInt("0b101", 10, 8)
		u, e3 := strconv.ParseUint("0b101", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("0o17", 0, 64)
		j, e2 := strconv.ParseInt("0o17", 10, 8)
		u, e3 := strconv.ParseUint("0o17", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("017", 0, 64)
		j, e2 := strconv.ParseInt("017", 10, 8)
		u, e3 := strconv.ParseUint("017", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("0_1", 0, 64)
		j, e2 := strconv.ParseInt("0_1", 10, 8)
		u, e3 := strconv.ParseUint("0_1", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("1_000", 0, 64)
		j, e2 := strconv.ParseInt("1_000", 10, 8)
		u, e3 := strconv.ParseUint("1_000", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("1__0", 0, 64)
		j, e2 := strconv.ParseInt("1__0", 10, 8)
		u, e3 := strconv.ParseUint("1__0", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("_1", 0, 64)
		j, e2 := strconv.ParseInt("_1", 10, 8)
		u, e3 := strconv.ParseUint("_1", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("1_", 0, 64)
		j, e2 := strconv.ParseInt("1_", 10, 8)
		u, e3 := strconv.ParseUint("1_", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("9223372036854775807", 0, 64)
		j, e2 := strconv.ParseInt("9223372036854775807", 10, 8)
		u, e3 := strconv.ParseUint("9223372036854775807", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("9223372036854775808", 0, 64)
		j, e2 := strconv.ParseInt("9223372036854775808", 10, 8)
		u, e3 := strconv.ParseUint("9223372036854775808", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("-9223372036854775808", 0, 64)
		j, e2 := strconv.ParseInt("-9223372036854775808", 10, 8)
		u, e3 := strconv.ParseUint("-9223372036854775808", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("-9223372036854775809", 0, 64)
		j, e2 := strconv.ParseInt("-9223372036854775809", 10, 8)
		u, e3 := strconv.ParseUint("-9223372036854775809", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("18446744073709551615", 0, 64)
		j, e2 := strconv.ParseInt("18446744073709551615", 10, 8)
		u, e3 := strconv.ParseUint("18446744073709551615", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("18446744073709551616", 0, 64)
		j, e2 := strconv.ParseInt("18446744073709551616", 10, 8)
		u, e3 := strconv.ParseUint("18446744073709551616", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("", 0, 64)
		j, e2 := strconv.ParseInt("", 10, 8)
		u, e3 := strconv.ParseUint("", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("-", 0, 64)
		j, e2 := strconv.ParseInt("-", 10, 8)
		u, e3 := strconv.ParseUint("-", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("+", 0, 64)
		j, e2 := strconv.ParseInt("+", 10, 8)
		u, e3 := strconv.ParseUint("+", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("0x", 0, 64)
		j, e2 := strconv.ParseInt("0x", 10, 8)
		u, e3 := strconv.ParseUint("0x", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("abc", 0, 64)
		j, e2 := strconv.ParseInt("abc", 10, 8)
		u, e3 := strconv.ParseUint("abc", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("12a", 0, 64)
		j, e2 := strconv.ParseInt("12a", 10, 8)
		u, e3 := strconv.ParseUint("12a", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("300", 0, 64)
		j, e2 := strconv.ParseInt("300", 10, 8)
		u, e3 := strconv.ParseUint("300", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("-129", 0, 64)
		j, e2 := strconv.ParseInt("-129", 10, 8)
		u, e3 := strconv.ParseUint("-129", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("255", 0, 64)
		j, e2 := strconv.ParseInt("255", 10, 8)
		u, e3 := strconv.ParseUint("255", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		i, e1 := strconv.ParseInt("256", 0, 64)
		j, e2 := strconv.ParseInt("256", 10, 8)
		u, e3 := strconv.ParseUint("256", 0, 64)
		fmt.Println(i, code(e1), j, code(e2), u, code(e3))
	}
	{
		f, e1 := strconv.ParseFloat("0", 64)
		g, e2 := strconv.ParseFloat("0", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("1", 64)
		g, e2 := strconv.ParseFloat("1", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("-1.5", 64)
		g, e2 := strconv.ParseFloat("-1.5", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("1e10", 64)
		g, e2 := strconv.ParseFloat("1e10", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("1E-10", 64)
		g, e2 := strconv.ParseFloat("1E-10", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat(".5", 64)
		g, e2 := strconv.ParseFloat(".5", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("5.", 64)
		g, e2 := strconv.ParseFloat("5.", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("1e", 64)
		g, e2 := strconv.ParseFloat("1e", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("1e+", 64)
		g, e2 := strconv.ParseFloat("1e+", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("inf", 64)
		g, e2 := strconv.ParseFloat("inf", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("-Inf", 64)
		g, e2 := strconv.ParseFloat("-Inf", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("+infinity", 64)
		g, e2 := strconv.ParseFloat("+infinity", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("nan", 64)
		g, e2 := strconv.ParseFloat("nan", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("NaN", 64)
		g, e2 := strconv.ParseFloat("NaN", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("+nan", 64)
		g, e2 := strconv.ParseFloat("+nan", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("0x1p-2", 64)
		g, e2 := strconv.ParseFloat("0x1p-2", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("0x1.8p1", 64)
		g, e2 := strconv.ParseFloat("0x1.8p1", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("0x.8p0", 64)
		g, e2 := strconv.ParseFloat("0x.8p0", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("0x1", 64)
		g, e2 := strconv.ParseFloat("0x1", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("1_000.5", 64)
		g, e2 := strconv.ParseFloat("1_000.5", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("1__0", 64)
		g, e2 := strconv.ParseFloat("1__0", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("1e400", 64)
		g, e2 := strconv.ParseFloat("1e400", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("-1e400", 64)
		g, e2 := strconv.ParseFloat("-1e400", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("1e-400", 64)
		g, e2 := strconv.ParseFloat("1e-400", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("4.9e-324", 64)
		g, e2 := strconv.ParseFloat("4.9e-324", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("2.2250738585072011e-308", 64)
		g, e2 := strconv.ParseFloat("2.2250738585072011e-308", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("123456789012345678901234567890", 64)
		g, e2 := strconv.ParseFloat("123456789012345678901234567890", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("0.1", 64)
		g, e2 := strconv.ParseFloat("0.1", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("3.4028235e38", 64)
		g, e2 := strconv.ParseFloat("3.4028235e38", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("3.5e38", 64)
		g, e2 := strconv.ParseFloat("3.5e38", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
	{
		f, e1 := strconv.ParseFloat("1.00000017881393421514957253748434595763683319091796875", 64)
		g, e2 := strconv.ParseFloat("1.00000017881393421514957253748434595763683319091796875", 32)
		fmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))
	}
}
